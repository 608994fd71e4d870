"""Projections: pure folds of the log into catalogues, states, replays and diffs."""

from timeline.projections.admitted import Entry, admitted
from timeline.projections.axes import Axes, Certainty
from timeline.projections.catalogue import Catalogue, catalogue
from timeline.projections.diff import Diff, diff_states
from timeline.projections.replay import Effect, Op, Step, replay_steps
from timeline.projections.state import Evidence, Fact, State, fold_state

__all__ = [
    "Axes",
    "Catalogue",
    "Certainty",
    "Diff",
    "Effect",
    "Entry",
    "Evidence",
    "Fact",
    "Op",
    "State",
    "Step",
    "admitted",
    "catalogue",
    "diff_states",
    "fold_state",
    "replay_steps",
]
