"""Projections: pure folds of the log into catalogues, states, replays and diffs."""

from timeline.projections.admitted import Entry, admitted
from timeline.projections.axes import Axes, Certainty
from timeline.projections.catalogue import Catalogue, catalogue
from timeline.projections.corroboration import Corroboration, Report, corroborate, same_event
from timeline.projections.diff import Diff, diff_states
from timeline.projections.replay import Effect, Op, Step, replay_steps
from timeline.projections.state import Evidence, Fact, State, fold_state
from timeline.projections.why import Explanation, Withdrawal, explain

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
