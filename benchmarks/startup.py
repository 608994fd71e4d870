"""Start-up benchmark: the README's main job, `timeline state`, beside a bare interpreter start.

    python benchmarks/startup.py [--runs 20] [--warmups 2] [--markdown] [--also DIR ...]
                                  [--python PATH]

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
`--python PATH` runs every command with another interpreter, such as a venv where the package
was installed with `pip install .`: what a user pays, whose bare start imports less than this
checkout's (an editable install's site imports `pathlib`). Its `state` commands run in a
temporary folder on this checkout's committed log (`TIMELINE_LOG`).
Two floors are timed in the same rounds, to show what no change to this code can go below
while its values are attrs classes read through a cattrs converter (the design card's choice):

- `floor: attrs + cattrs`: importing the two libraries and making the converter, no more;
- `floor: + N classes`: the same, then N frozen attrs classes, where N and each class's number
  of fields are those of the attrs classes that a `state` answer has loaded (counted in a child
  process that runs the answer), every field an untyped `object = None`: no validator, no
  converter, no decoder generated, nothing read or printed. It is a lower bound of what
  those classes cost, not an estimate of it.

The target (issue 16: "a `state` answer on the seed log within 60 ms of `python -c pass`,
median of 20") is reported as met or missed, nothing is asserted; so is whether the second
floor alone is past it. The load average is printed:
a busy machine slows every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
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

LIBRARIES = "floor: attrs + cattrs"
_LIBRARIES = "import attrs, cattrs\nconverter = cattrs.Converter(forbid_extra_keys=True)\n"
"""What the first floor runs: the design card's two libraries and the converter, no more."""

_CENSUS = """
import contextlib, io, json, statistics, sys, time
import attrs
from timeline.cli import main
def answer():
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(["state", "mistral-ai", "--as-of", "2024-03"])
        except SystemExit:
            pass
answer()
warm = []
for _ in range(9):
    start = time.perf_counter()
    answer()
    warm.append((time.perf_counter() - start) * 1000)
print(json.dumps({"fields": [
    len(attrs.fields(value))
    for name, module in list(sys.modules.items()) if name.split(".")[0] == "timeline"
    for value in vars(module).values()
    if isinstance(value, type) and attrs.has(value) and value.__module__ == name
], "warm": statistics.median(warm)}))
"""
"""Run in a child: the number of fields of each attrs class a `state` answer has loaded, and
the median milliseconds of the same answer given again in that process (everything loaded)."""


def census(
    env: dict[str, str], python: str = sys.executable, here: Path = ROOT
) -> tuple[list[int], float]:
    """The number of fields of each attrs class that the `state` answer loads, run by
    `python` in `here`, and the milliseconds of an answer once everything is loaded.
    """
    done = subprocess.run(
        [python, "-c", _CENSUS], cwd=here, env=env, capture_output=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"counting the classes of `state` failed: {done.stderr.decode()[-500:]}")
    found = json.loads(done.stdout)
    return [int(n) for n in found["fields"]], float(found["warm"])


def floor_program(fields: list[int]) -> str:
    """The second floor: the libraries, then one frozen class per entry of `fields`, with that
    many untyped fields.
    """
    classes = []
    for i, count in enumerate(fields):
        body = "".join(f"    f{j}: object = None\n" for j in range(count)) or "    pass\n"
        classes.append(f"@attrs.frozen\nclass K{i}:\n{body}")
    return _LIBRARIES + "\n\n".join(classes)


def commands(
    also: list[Path], floor: Path | None = None, classes: int = 0, here: Path = ROOT
) -> dict[str, Command]:
    """The bare start, the floors (the second one's program at `floor`, of `classes`
    classes), then the jobs of this checkout (run in `here`) and of each of `also`, by label.
    """
    found: dict[str, Command] = {BARE: (["-c", "pass"], here)}
    if floor is not None:
        found[LIBRARIES] = (["-c", _LIBRARIES], here)
        found[f"floor: + {classes} classes"] = ([str(floor)], here)
    for root in [ROOT, *also]:
        suffix = "" if root == ROOT else f" ({root})"
        for label, args in JOBS.items():
            found[label + suffix] = (args, here if root == ROOT else root)
    return found


def _environment(log: Path | None = None) -> dict[str, str]:
    """This process's environment with bytecode caching allowed, and `TIMELINE_LOG` set to
    `log` (else removed, so that the default log is read).
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("TIMELINE_LOG", None)
    if log is not None:
        env["TIMELINE_LOG"] = str(log)
    return env


def _time(command: Command, env: dict[str, str], python: str = sys.executable) -> float:
    """The milliseconds from spawning `python ARGS` to its exit; SystemExit if it fails."""
    args, cwd = command
    start = time.perf_counter()
    done = subprocess.run([python, *args], cwd=cwd, env=env, capture_output=True, check=False)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0 or ("-m" in args and not done.stdout):
        raise SystemExit(
            f"python {' '.join(args)} failed ({done.returncode}): {done.stderr.decode()[-500:]}"
        )
    return elapsed


def measure(
    runs: int,
    warmups: int,
    also: list[Path],
    floor: Path,
    python: str | None = None,
) -> tuple[dict[str, list[float]], float]:
    """`runs` timings of each command, after `warmups` rounds not kept, the commands taking
    turns in an order rotated each round, and the milliseconds of a warm answer. The second
    floor's program is written to `floor`. With `python`, that interpreter runs every
    command, this checkout's jobs in `floor`'s folder on the committed log, so that
    `-m timeline` is the package installed there.
    """
    here = ROOT if python is None else floor.parent
    env = _environment(None if python is None else ROOT / "events" / "mistral-ai.jsonl")
    interpreter = sys.executable if python is None else python
    fields, warm = census(env, interpreter, here)
    floor.write_text(floor_program(fields), encoding="utf-8")
    every = commands(also, floor, len(fields), here)
    labels = list(every)
    times: dict[str, list[float]] = {label: [] for label in labels}
    for round_ in range(warmups + runs):
        shift = round_ % len(labels)
        for label in labels[shift:] + labels[:shift]:
            elapsed = _time(every[label], env, interpreter)
            if round_ >= warmups:
                times[label].append(elapsed)
    return times, warm


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
        "--python",
        metavar="PATH",
        help="time this interpreter (a venv where the package is installed with `pip install"
        " .`) instead of this checkout's",
    )
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
    with tempfile.TemporaryDirectory() as tmp:
        floor = Path(tmp) / "floor.py"
        times, warm = measure(
            args.runs, args.warmups, [d.resolve() for d in args.also], floor, args.python
        )
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
        f"{load_before} -> {load_after}; {args.python or sys.executable}"
    )
    for label, _, _, over, _ in rows[1:]:
        if label.startswith("floor: +"):
            past = "past" if over > TARGET_MS else "within"
            print(
                f"the second floor alone is {past} the target ({over:+.1f} ms); a `state`"
                f" answer given again in one process, everything loaded, takes {warm:.1f} ms"
            )
            continue
        if label.startswith("floor"):
            continue
        verdict = "met" if over <= TARGET_MS else "missed"
        print(
            f"target: `{label}` within {TARGET_MS:.0f} ms of `{BARE}`: {verdict} ({over:+.1f} ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
