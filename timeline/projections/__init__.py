"""Projections: pure folds of the log into catalogues, states, replays and diffs.

The names are imported from their modules on first use: a `state` answer does not import the
diff, the replay or the explanation.
"""

from typing import TYPE_CHECKING

from timeline._lazy import lazy_names

# Imported now, as every answer uses them, and because two of them are named as their modules
# are: importing the module `admitted` would make it the package's `admitted`.
from timeline.projections.admitted import Entry, admitted
from timeline.projections.axes import Axes, Certainty
from timeline.projections.catalogue import Catalogue, catalogue

if TYPE_CHECKING:
    from timeline.projections.corroboration import Corroboration, Report, corroborate, same_event
    from timeline.projections.diff import Diff, diff_states
    from timeline.projections.replay import Effect, Op, Step, replay_steps
    from timeline.projections.state import Evidence, Fact, State, fold_state
    from timeline.projections.why import Explanation, Withdrawal, explain

_LAZY = {
    "Corroboration": "timeline.projections.corroboration",
    "Diff": "timeline.projections.diff",
    "Effect": "timeline.projections.replay",
    "Evidence": "timeline.projections.state",
    "Explanation": "timeline.projections.why",
    "Fact": "timeline.projections.state",
    "Op": "timeline.projections.replay",
    "Report": "timeline.projections.corroboration",
    "State": "timeline.projections.state",
    "Step": "timeline.projections.replay",
    "Withdrawal": "timeline.projections.why",
    "corroborate": "timeline.projections.corroboration",
    "diff_states": "timeline.projections.diff",
    "explain": "timeline.projections.why",
    "fold_state": "timeline.projections.state",
    "replay_steps": "timeline.projections.replay",
    "same_event": "timeline.projections.corroboration",
}
"""The module of each name, imported on first use."""

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _LAZY)

__all__ = [
    "Axes",
    "Catalogue",
    "Certainty",
    "Corroboration",
    "Diff",
    "Effect",
    "Entry",
    "Evidence",
    "Explanation",
    "Fact",
    "Op",
    "Report",
    "State",
    "Step",
    "Withdrawal",
    "admitted",
    "catalogue",
    "corroborate",
    "diff_states",
    "explain",
    "fold_state",
    "replay_steps",
    "same_event",
]
