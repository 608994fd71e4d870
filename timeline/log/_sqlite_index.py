"""The side tables of a SQLite store: each record filed in them as the selection rule of
`timeline.log.selection` files it, and the SQL that selects from them.

The side tables file each reported event under the entities it touches with its span start
(`touches`, the as-of index), each report of an event with an identity under a hash of its
identity key with its span (`idents`: the reports that may narrow or dispute one another), the
corrections and retractions by the event they name (`targets`), and who owns what (`owns`);
each record's `names` and `id_key` columns serve full scans and id lookups.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Iterator, Sequence

import orjson

from timeline.log.audit import Filed, index_problems
from timeline.log.protocol import NAMES_SEP
from timeline.log.records import LogRecord
from timeline.log.selection import filing
from timeline.log.selection import identity as identity_of
from timeline.log.verify import Problem
from timeline.vocabulary.events import Event, Reported

__all__ = ["SELECT", "audit", "file_records", "id_key", "ident_of", "identity", "names_column"]

SELECT = """
WITH RECURSIVE ents(e) AS (SELECT :entity UNION SELECT owned FROM owns WHERE owner = :entity),
later(seq, start_key, ident) AS (
    SELECT t.seq, t.start_key, i.ident FROM touches t JOIN ents ON t.entity = ents.e
    JOIN idents i ON i.seq = t.seq
    WHERE t.seq <= :upto AND t.start_key >= :limit
),
bounds(ident, bound) AS (
    SELECT x.ident, max(
        CASE
            WHEN x.start_key < :limit AND x.once = 1 THEN :always
            WHEN EXISTS (
                SELECT 1 FROM targets g
                WHERE g.fix = 1 AND g.seq <= :upto
                  AND g.target = (SELECT r.event_id FROM records r WHERE r.seq = x.seq)
            ) THEN :always
            WHEN x.start_key < :limit THEN x.end_key
            ELSE :never
        END
    )
    FROM idents x
    WHERE x.ident IN (SELECT ident FROM later) AND x.seq <= :upto
    GROUP BY x.ident
),
sel(seq) AS (
    SELECT t.seq FROM touches t JOIN ents ON t.entity = ents.e
    WHERE t.seq <= :upto AND (
        t.start_key < :limit OR EXISTS (
            SELECT 1 FROM targets g
            WHERE g.fix = 1 AND g.seq <= :upto
              AND g.target = (SELECT r.event_id FROM records r WHERE r.seq = t.seq)
        )
    )
    UNION
    SELECT l.seq FROM later l JOIN bounds b ON b.ident = l.ident WHERE l.start_key < b.bound
),
fixes(seq) AS (
    SELECT g.seq FROM targets g
    WHERE g.seq <= :upto
      AND g.target IN (SELECT r.event_id FROM records r WHERE r.seq IN (SELECT seq FROM sel))
    UNION
    SELECT g.seq FROM fixes f JOIN records r ON r.seq = f.seq JOIN targets g
      ON g.target = r.event_id
    WHERE g.seq <= :upto
)
SELECT seq, record FROM records
WHERE seq IN (SELECT seq FROM sel UNION SELECT seq FROM fixes)
ORDER BY seq
"""
"""The records `select` gives: the rule of `timeline.log.selection` in SQL (held to
`selection.Filings` by `tests/test_selection.py`). The reported events filed under the entity
or what it owns that start before `:limit` or are corrected; those that start later and before
the `bound` of their `ident` (`selection.later_bound`: every day once a report of it is
corrected, or starts before `:limit` and happens `once`; else the latest end of its reports
that start before `:limit`); then the corrections and retractions naming them (`closure`).
The bound is taken over every report of the `ident` in `idents` (so over the reports of
another key whose hash is the same, and over a row's own `once`): that only selects more,
which changes no answer."""


def file_records(
    db: sqlite3.Connection,
    records: list[LogRecord],
    entities: Sequence[set[str] | None] = (),
) -> None:
    """File reported events under the entities they touch, with their span start, and
    those with an identity under their `ident` with their span; note what they correct or
    retract and who owns what.
    """
    touches: list[tuple[str, int, int]] = []
    idents: list[tuple[int, int, int, int, bool]] = []
    targets: list[tuple[str, int, bool]] = []
    owns: list[tuple[str, str]] = []
    for i, record in enumerate(records):
        filed = filing(record, (entities[i] if i < len(entities) else None) or None)
        if filed is None:
            continue
        seq, start = filed.seq, filed.start
        touches += [(e, start, seq) for e in filed.touches]
        if filed.key is not None:
            idents.append((seq, ident_of(filed.key), start, filed.end, filed.once))
        if filed.target is not None:
            targets.append((filed.target[0], seq, filed.target[1]))
        owns += filed.owns
    db.executemany("INSERT OR IGNORE INTO touches VALUES (?, ?, ?)", touches)
    db.executemany("INSERT OR IGNORE INTO idents VALUES (?, ?, ?, ?, ?)", idents)
    db.executemany("INSERT OR IGNORE INTO targets VALUES (?, ?, ?)", targets)
    db.executemany("INSERT OR IGNORE INTO owns VALUES (?, ?)", owns)


def id_key(event_id: str) -> int:
    """The `id_key` column of a record: the CRC-32 of its event id (ids sharing one are told
    apart by comparing the ids themselves).
    """
    return zlib.crc32(event_id.encode("utf-8"))


def identity(event: Event) -> tuple[int, bool] | None:
    """The `ident` and `once` of a report in the `idents` table: a signed 64-bit hash of its
    `identity_key`, and whether its type happens once (`vocabulary.identity.ONCE`); None for an
    event without an identity.
    """
    found = identity_of(event)
    return None if found is None else (ident_of(found[0]), found[1])


def ident_of(key: tuple[str, ...]) -> int:
    """The `ident` of an identity key in the `idents` table: a signed 64-bit hash of it."""
    digest = hashlib.blake2b("\x1f".join(key).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def names_column(event: Event, entities: set[str] | None) -> str | None:
    """The `names` column of a record: the entities its reported event touches (`entities`,
    or found from the event), joined by NAMES_SEP; None for other events, or when a name
    holds the separator.
    """
    if not isinstance(event, Reported):
        return None
    names = event.touches() if entities is None else entities
    if any(NAMES_SEP in name for name in names):
        return None
    return NAMES_SEP.join(sorted(names))


def audit(db: sqlite3.Connection, where: str) -> Iterator[Problem]:
    """What the side tables and columns of the database lack of what each record's event
    requires, record by record (`timeline.log.audit`).
    """
    filed = Filed(
        touches=db.execute("SELECT seq, entity, start_key FROM touches ORDER BY seq"),
        targets={
            seq: (name, bool(fix))
            for name, seq, fix in db.execute("SELECT target, seq, fix FROM targets")
        },
        owns={(a, b) for a, b in db.execute("SELECT owner, owned FROM owns")},
        idents={
            seq: (ident, start, end, bool(once))
            for seq, ident, start, end, once in db.execute(
                "SELECT seq, ident, start_key, end_key, once FROM idents"
            )
        },
        ident=ident_of,
        key=id_key,
        separator=NAMES_SEP,
    )
    rows = db.cursor().execute(
        "SELECT seq, type, event_id, hash, names, id_key, typeof(record), record "
        "FROM records ORDER BY seq"
    )
    stored = ((*row[:7], orjson.loads(row[7])) for row in rows)
    yield from index_problems(stored, filed, where)
