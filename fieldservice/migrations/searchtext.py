"""What the Chinese search indexes hold, and keeping them in step with their tables.

Each searched table has two FTS5 tables beside its word index (``<table>_fts``):

- ``<table>_fts_cjk`` (``trigram``): the row's Chinese text folded to one script
  (Traditional to Simplified, full-width to half-width, lower case), and the pinyin
  of its names, full and initials (王小明: ``wangxiaoming wxm``). Any part of three
  characters or more is found by a trigram phrase.
- ``<table>_fts_short``: the Chinese characters as overlapping pairs plus each
  run's last character (王小明: ``王小 小明 明``), for one- and two-character
  queries: a pair is one token, a single character the prefix of its tokens.

Only rows with Chinese text have entries: an English centre's indexes stay empty.

SQLite triggers cannot fold text or spell pinyin, so the triggers only note the row
in ``search_pending`` (inserted, changed or deleted), and :func:`refresh` computes
the entries in Python. Every write session runs it before it commits
(``fieldservice.services.search``), so whatever wrote the row — a service through
the ORM, a bulk import, a sync pull, a person with the sqlite3 shell — its entries
are right when the next write commits. The migration that makes the indexes fills
them with the same function.

This module imports neither Alembic nor Qt: services and migrations both use it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# CJK ideographs: the unified block, extension A, compatibility ideographs, and the
# supplementary planes' extensions.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN = re.compile(f"[{_HAN}]")
HAN_RUN = re.compile(f"[{_HAN}]+")


@dataclass(frozen=True)
class ChineseIndex:
    """The Chinese search of one table: the text columns folded into it, those of
    them also indexed as pinyin (names), and a column kept as a token beside the
    pairs to narrow a search by it (the product of a repair order)."""

    table: str
    columns: tuple[str, ...]
    pinyin: tuple[str, ...] = ()
    group: str | None = None

    @property
    def cjk(self) -> str:
        return f"{self.table}_fts_cjk"

    @property
    def short(self) -> str:
        return f"{self.table}_fts_short"


CHINESE_INDEXES: dict[str, ChineseIndex] = {
    "customer": ChineseIndex(
        "customer", ("name", "company", "address", "notes"), ("name", "company")
    ),
    "repair_order": ChineseIndex(
        "repair_order", ("fault_reported", "diagnosis", "work_done"), group="product_id"
    ),
    "part": ChineseIndex("part", ("description", "supplier"), ("description",)),
    "product": ChineseIndex("product", ("name", "brand", "model", "category"), ("name", "brand")),
}

PENDING = "search_pending"


# -- folding ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _to_simplified():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)  # names, faults and words repeat; notes may be long
def fold(text: str) -> str:
    """*text* as it is indexed and searched: full-width forms as plain ones (ＡＢＣ１,
    ，), Traditional characters as Simplified (陳 as 陈), lower case."""
    text = unicodedata.normalize("NFKC", text or "")
    if HAN.search(text):
        text = _to_simplified().convert(text)
    return text.lower()


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


# A surname's reading when it differs from the character's usual one (曾 is "ceng"
# in 曾经 but "zeng" as a name): a name is indexed under both.
_SURNAME_READINGS = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "区": "ou",
    "盖": "ge",
    "乐": "yue",
    "覃": "qin",
    "翟": "zhai",
    "尉": "yu",
    "缪": "miao",
    "秘": "bi",
    "种": "chong",
    "繁": "po",
    "召": "shao",
    "长": "chang",
    "员": "yun",
    "晟": "cheng",
}


@lru_cache(maxsize=65536)
def _spelled(run: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(run))


def pinyin(text: str, *, name: bool = False) -> str:
    """The pinyin of the Chinese in *folded* text, each run written out whole and as
    initials: ``wangxiaoming wxm``. A name is also spelled with its surname's
    reading as a name, where that differs (曾: ``zeng`` beside ``ceng``)."""
    words: list[str] = []
    for place, run in enumerate(HAN_RUN.findall(text)):
        syllables = _spelled(run)
        words.append("".join(syllables))
        words.append("".join(s[0] for s in syllables if s))
        surname = _SURNAME_READINGS.get(run[0]) if name and place == 0 else None
        if surname and syllables and syllables[0] != surname:
            named = (surname, *syllables[1:])
            words.append("".join(named))
            words.append("".join(s[0] for s in named if s))
    return " ".join(dict.fromkeys(words))


def pairs(text: str) -> str:
    """The tokens of the short index for *folded* text: each run of Chinese
    characters as its overlapping pairs and its last character."""
    tokens: list[str] = []
    for run in HAN_RUN.findall(text):
        tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        tokens.append(run[-1])
    return " ".join(dict.fromkeys(tokens))


@dataclass(frozen=True)
class Entry:
    rowid: int
    text: str
    pinyin: str
    pairs: str
    group: str | None


def entry(index: ChineseIndex, rowid: int, values: dict[str, Any]) -> Entry | None:
    """The index entry of one row (None: no Chinese in it, nothing to index)."""
    folded = {c: fold(str(values.get(c) or "")) for c in index.columns}
    if not any(has_han(v) for v in folded.values()):
        return None
    # A line between fields, so that no trigram reaches across two of them.
    text = "\n".join(v for v in folded.values() if v)
    spelled = " ".join(p for c in index.pinyin if (p := pinyin(folded[c], name=c == "name")))
    group = values.get(index.group) if index.group else None
    return Entry(rowid, text, spelled, pairs(text), None if group is None else str(group))


# -- keeping the indexes in step ------------------------------------------------------------


def _watched(index: ChineseIndex) -> list[str]:
    return list(dict.fromkeys((*index.columns, *([index.group] if index.group else []))))


def create_sql(index: ChineseIndex) -> list[str]:
    """The statements that make a table's Chinese indexes and their triggers.

    The pairs index keeps no copy of what it indexes (``content=''``: three times
    the size of the text, 158 MB of 1,000,000 orders' notes): an entry is taken out
    by giving its pairs again, made from the folded text the trigram index keeps.
    So every change, a delete too, goes through :func:`refresh`; and a version that
    changes :func:`pairs` or :func:`fold` must rebuild the indexes in a migration
    (drop and create), or old entries could not be taken out."""
    t, cjk, short = index.table, index.cjk, index.short
    group = ", grp" if index.group else ""
    unindexed = ", grp UNINDEXED" if index.group else ""
    note = f"INSERT OR IGNORE INTO {PENDING} (entity, rid) VALUES ('{t}', {{row}}.rowid)"
    watched = ", ".join(_watched(index))
    return [
        f"CREATE VIRTUAL TABLE {cjk} USING fts5(text, pinyin{unindexed}, tokenize='trigram')",
        f"CREATE VIRTUAL TABLE {short} USING fts5(pairs{group}, content='', tokenize='unicode61')",
        f"CREATE TRIGGER {t}_search_insert AFTER INSERT ON {t} BEGIN {note.format(row='new')}; END",
        f"CREATE TRIGGER {t}_search_update AFTER UPDATE OF {watched} ON {t} BEGIN "
        f"{note.format(row='new')}; END",
        f"CREATE TRIGGER {t}_search_delete AFTER DELETE ON {t} BEGIN {note.format(row='old')}; END",
    ]


def drop_sql(index: ChineseIndex) -> list[str]:
    t = index.table
    return [
        *(f"DROP TRIGGER IF EXISTS {t}_search_{w}" for w in ("insert", "update", "delete")),
        f"DROP TABLE IF EXISTS {index.cjk}",
        f"DROP TABLE IF EXISTS {index.short}",
        f"DELETE FROM {PENDING} WHERE entity = '{t}'",
    ]


PENDING_SQL = (
    f"CREATE TABLE IF NOT EXISTS {PENDING} (entity TEXT NOT NULL, rid INTEGER NOT NULL, "
    "PRIMARY KEY (entity, rid)) WITHOUT ROWID"
)

_BATCH = 2000


def refresh(conn: Any) -> int:
    """Compute the index entries of every row noted in ``search_pending`` and clear
    the notes; returns how many rows were looked at. *conn* is a SQLAlchemy
    connection on the SQLite file, inside the caller's transaction."""
    done = 0
    while True:
        noted = conn.exec_driver_sql(f"SELECT entity, rid FROM {PENDING} LIMIT {_BATCH}").all()
        if not noted:
            return done
        by_table: dict[str, list[int]] = defaultdict(list)
        for table, rid in noted:
            by_table[table].append(rid)
        for table, rids in by_table.items():
            index = CHINESE_INDEXES.get(table)
            if index is not None:
                reindex(conn, index, rids)
            conn.exec_driver_sql(
                f"DELETE FROM {PENDING} WHERE entity = ? "
                "AND rid IN (SELECT value FROM json_each(?))",
                (table, json.dumps(rids)),
            )
        done += len(noted)


def reindex(conn: Any, index: ChineseIndex, rids: Sequence[int]) -> None:
    """Replace the index entries of these rows of *index*'s table (rows no longer
    there: take their entries out)."""
    ids = json.dumps(list(rids))
    within = "rowid IN (SELECT value FROM json_each(?))"
    group = ", grp" if index.group else ""
    old = conn.exec_driver_sql(
        f"SELECT rowid, text{group} FROM {index.cjk} WHERE {within}", (ids,)
    ).all()
    if old:
        # The same pairs as were put in: a contentless index takes nothing else.
        marks = "?, ?, ?, ?" if index.group else "?, ?, ?"
        conn.exec_driver_sql(
            f"INSERT INTO {index.short} ({index.short}, rowid, pairs{group}) VALUES ({marks})",
            [("delete", row[0], pairs(row[1]), *row[2:]) for row in old],
        )
        conn.exec_driver_sql(f"DELETE FROM {index.cjk} WHERE {within}", (ids,))
    columns = _watched(index)
    rows = conn.exec_driver_sql(
        f"SELECT rowid, {', '.join(columns)} FROM {index.table} WHERE {within}", (ids,)
    ).all()
    write(
        conn,
        index,
        (entry(index, row[0], dict(zip(columns, row[1:], strict=True))) for row in rows),
    )


def write(conn: Any, index: ChineseIndex, entries: Iterable[Entry | None]) -> None:
    """Insert entries (rows without Chinese are None and skipped)."""
    found = [e for e in entries if e is not None]
    if not found:
        return
    if index.group:
        conn.exec_driver_sql(
            f"INSERT INTO {index.cjk} (rowid, text, pinyin, grp) VALUES (?, ?, ?, ?)",
            [(e.rowid, e.text, e.pinyin, e.group) for e in found],
        )
        conn.exec_driver_sql(
            f"INSERT INTO {index.short} (rowid, pairs, grp) VALUES (?, ?, ?)",
            [(e.rowid, e.pairs, e.group) for e in found],
        )
    else:
        conn.exec_driver_sql(
            f"INSERT INTO {index.cjk} (rowid, text, pinyin) VALUES (?, ?, ?)",
            [(e.rowid, e.text, e.pinyin) for e in found],
        )
        conn.exec_driver_sql(
            f"INSERT INTO {index.short} (rowid, pairs) VALUES (?, ?)",
            [(e.rowid, e.pairs) for e in found],
        )


def fill(conn: Any, index: ChineseIndex) -> None:
    """Index every row of *index*'s table (a migration making the index)."""
    columns = _watched(index)
    last = -(2**63)
    while True:
        rows = conn.exec_driver_sql(
            f"SELECT rowid, {', '.join(columns)} FROM {index.table} "
            f"WHERE rowid > ? ORDER BY rowid LIMIT 5000",
            (last,),
        ).all()
        if not rows:
            return
        write(
            conn,
            index,
            (entry(index, row[0], dict(zip(columns, row[1:], strict=True))) for row in rows),
        )
        last = rows[-1][0]
