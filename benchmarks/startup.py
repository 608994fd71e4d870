"""Start-up benchmark: the README's main job, `timeline state`, beside a bare interpreter start.

    python benchmarks/startup.py [--runs 20] [--warmups 2] [--markdown] [--also DIR ...]

In one run, from the repository root and on the committed default log, it starts three child
processes of this interpreter in turn, `--runs` times each after `--warmups` rounds that are
not counted (they also write the bytecode cache):

- `python -c pass`: the interpreter's own start, the floor;
- `python -m timeline state mistral-ai --as-of 2024-03`: the README's main job, as text;
- the same with `--format json`.

Each is timed from spawning the process to its exit (wall clock, `time.perf_counter`), its
output read through a pipe and its exit status checked. The three take turns within a round,
in an order that rotates from round to round, so that a change in the machine's load falls on
all of them alike. Bytecode caching is allowed in the children (`PYTHONDONTWRITEBYTECODE` is
removed from their environment: this machine sets it, and without cached bytecode every start
compiles every module), and `TIMELINE_LOG` is removed so that the default log is the one read.

It prints the median and the best of each, the difference of each median from the bare start
in milliseconds and the ratio of the medians; `--markdown` prints the same as a README table.
`--also DIR` times the two `state` commands of another checkout too, in the same rounds (run
in DIR, so that `-m timeline` imports DIR's package and reads DIR's default log): a before and
after on one machine under one load, e.g. with `git archive COMMIT | tar -x -C DIR`.
The target (issue 16: "a `state` answer on the seed log within 60 ms of `python -c pass`,
median of 20") is reported as met or missed, nothing is asserted. The load average is printed:
a busy machine slows every figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 60.0
"""How much later than `python -c pass` a `state` answer may come (issue 16)."""

JOB = ["-m", "timeline", "state", "mistral-ai", "--as-of", "2024-03"]
BARE = "python -c pass"
JOBS: dict[str, list[str]] = {"state": JOB, "state --format json": [*JOB, "--format", "json"]}
"""The label of each measured `timeline` command and its arguments to the interpreter."""

Command = tuple[list[str], Path]
"""A command's arguments to the interpreter and the folder it runs in."""


def commands(also: list[Path]) -> dict[str, Command]:
    """The bare start, then the jobs of this checkout and of each of `also`, by label."""
    found: dict[str, Command] = {BARE: (["-c", "pass"], ROOT)}
    for root in [ROOT, *also]:
        suffix = "" if root == ROOT else f" ({root})"
        for label, args in JOBS.items():
            found[label + suffix] = (args, root)
    return found


def _environment() -> dict[str, str]:
    """This process's environment with bytecode caching allowed and the default log."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("TIMELINE_LOG", None)
    return env


def _time(command: Command, env: dict[str, str]) -> float:
    """The milliseconds from spawning `python ARGS` to its exit; SystemExit if it fails."""
    args, cwd = command
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, check=False
    )
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0 or ("-m" in args and not done.stdout):
        raise SystemExit(
            f"python {' '.join(args)} failed ({done.returncode}): {done.stderr.decode()[-500:]}"
        )
    return elapsed


def measure(runs: int, warmups: int, also: list[Path]) -> dict[str, list[float]]:
    """`runs` timings of each command, after `warmups` rounds not kept, the commands taking
    turns in an order rotated each round.
    """
    env = _environment()
    every = commands(also)
    labels = list(every)
    times: dict[str, list[float]] = {label: [] for label in labels}
    for round_ in range(warmups + runs):
        shift = round_ % len(labels)
        for label in labels[shift:] + labels[:shift]:
            elapsed = _time(every[label], env)
            if round_ >= warmups:
                times[label].append(elapsed)
    return times


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each command")
    parser.add_argument("--warmups", type=int, default=2, help="rounds run first, not kept")
    parser.add_argument("--markdown", action="store_true", help="print a README table")
    parser.add_argument(
        "--also",
        metavar="DIR",
        type=Path,
        nargs="+",
        default=[],
        help="other checkouts whose `state` commands are timed in the same rounds",
    )
    args = parser.parse_args()

    load_before = _load()
    times = measure(args.runs, args.warmups, [d.resolve() for d in args.also])
    load_after = _load()
    bare = statistics.median(times[BARE])
    rows = []
    for label, values in times.items():
        median = statistics.median(values)
        rows.append((label, median, min(values), median - bare, median / bare))

    if args.markdown:
        print("| command | median ms | best ms | over `python -c pass` ms | ratio |")
        print("|---|---|---|---|---|")
        for label, median, best, over, ratio in rows:
            print(f"| `{label}` | {median:.1f} | {best:.1f} | {over:+.1f} | {ratio:.2f} |")
    else:
        w = max(len(row[0]) for row in rows)
        print(
            f"{'command':<{w}} {'median ms':>10} {'best ms':>9} {'over bare ms':>13} {'ratio':>6}"
        )
        for label, median, best, over, ratio in rows:
            print(f"{label:<{w}} {median:>10.1f} {best:>9.1f} {over:>+13.1f} {ratio:>6.2f}")
    print()
    print(
        f"median of {args.runs} runs each after {args.warmups} warm-up rounds; load average "
        f"{load_before} -> {load_after}; {sys.executable} {sys.version.split()[0]}"
    )
    for label, _, _, over, _ in rows[1:]:
        verdict = "met" if over <= TARGET_MS else "missed"
        print(
            f"target: `{label}` within {TARGET_MS:.0f} ms of `{BARE}`: {verdict} ({over:+.1f} ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
