"""Finding rows by what a clerk types, in Chinese as in English.

A search is split on spaces into terms; a row matches when it matches every term.
A term matches the word index as before (a word prefix: ``smi`` finds Smith) or
the Chinese indexes (``fieldservice.migrations.searchtext``):

- a term with Chinese in it, of three characters or more: anywhere in the folded
  text (trigram); of one or two characters: a character pair, or the start of one;
- a term without Chinese, of three letters or more: anywhere in the pinyin of the
  names (``wxm``, ``wangxiaoming``, ``xiaoming`` find 王小明).

Query and text are folded the same way, so 陈 finds 陳 and 陳 finds 陈.

The indexes are brought up to date by every write session just before it commits
(:func:`_index_before_commit`): one place for the services' writes, bulk imports
and sync pulls alike.
"""

from __future__ import annotations

import re

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from fieldservice.migrations.searchtext import (
    CHINESE_INDEXES,
    PENDING,
    fold,
    has_han,
    pairs,
    refresh,
)

# Pinyin as typed: letters, perhaps with the apostrophe or hyphen between syllables.
_PINYIN = re.compile(r"[a-z]+(?:['\-][a-z]+)*")
_WORDISH = re.compile(r"\w")


def terms(search: str) -> list[str]:
    """The terms of a search, folded (full-width spaces split terms too)."""
    return fold(search or "").split()


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def chinese_query(table: str, term: str) -> tuple[str, str] | None:
    """The FTS5 table and query that find the rows of *table* whose Chinese text or
    pinyin holds the (folded) *term*; None: the term is not one for them."""
    index = CHINESE_INDEXES[table]
    if has_han(term):
        if len(term) >= 3:
            return index.cjk, f"text : {_quoted(term)}"
        # One or two characters: the pair itself, or any token starting with the
        # character (the pairs starting with it and a run's last character).
        han = [c for c in term if has_han(c)]
        if len(han) == 2:
            return index.short, f"pairs : {_quoted(''.join(han))}"
        return index.short, " AND ".join(f"pairs : {_quoted(c)}*" for c in han)
    if index.pinyin:
        letters = term.replace("'", "").replace("-", "") if _PINYIN.fullmatch(term) else ""
        if len(letters) >= 3:
            return index.cjk, f"pinyin : {_quoted(letters)}"
    return None


def chinese_rowids(table: str, term: str, name: str) -> tuple[str, dict[str, str]] | None:
    """A SELECT of the rowids of *table* that :func:`chinese_query` finds, with its
    parameter (named *name*)."""
    found = chinese_query(table, term)
    if found is None:
        return None
    fts, query = found
    return f"SELECT rowid AS rid FROM {fts} WHERE {fts} MATCH :{name}", {name: query}


def rowids_matching(table: str, search: str, word_query=None) -> tuple[str, dict[str, str]] | None:
    """A SELECT of the rowids of *table* matching every term of *search*, each by
    its Chinese indexes or by ``word_query(term)`` (an FTS5 query on the table's
    word index ``<table>_fts``, or None). None: nothing to search for (or, without
    a word index, a term the Chinese indexes cannot look for)."""
    typed = terms(search)
    if word_query is not None and not any(has_han(t) for t in typed):
        return _words_or_pinyin(table, typed, word_query)
    parts: list[str] = []
    params: dict[str, str] = {}
    for place, term in enumerate(typed):
        either: list[str] = []
        words = word_query(term) if word_query else None
        if words:
            name = f"{table}_w{place}"
            either.append(f"SELECT rowid AS rid FROM {table}_fts WHERE {table}_fts MATCH :{name}")
            params[name] = words
        chinese = chinese_rowids(table, term, f"{table}_c{place}")
        if chinese:
            either.append(chinese[0])
            params.update(chinese[1])
        if not either:
            if word_query is None and _WORDISH.search(term):
                return None  # a term these indexes cannot find (the caller's own search may)
            # A term that can match nothing (punctuation alone) is left out, as the
            # word search always did.
            continue
        parts.append(" UNION ".join(either))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0], params
    return " INTERSECT ".join(f"SELECT rid FROM ({p})" for p in parts), params


def _words_or_pinyin(table: str, typed: list[str], word_query) -> tuple[str, dict[str, str]] | None:
    """Terms without Chinese: one query of the word index for them all (as before
    there was any Chinese search) or, beside it, every term in the pinyin."""
    words = word_query(" ".join(typed))
    if words is None:
        return None
    sql = f"SELECT rowid AS rid FROM {table}_fts WHERE {table}_fts MATCH :{table}_w"
    params = {f"{table}_w": words}
    spelled = [
        chinese_rowids(table, t, f"{table}_p{i}") for i, t in enumerate(typed) if _WORDISH.search(t)
    ]
    if spelled and all(spelled):
        params.update(p for one in spelled if one for p in one[1].items())
        pinyin = " INTERSECT ".join(one[0] for one in spelled if one)
        sql = (
            f"{sql} UNION SELECT rid FROM ({pinyin})"
            if len(spelled) > 1
            else f"{sql} UNION {pinyin}"
        )
    return sql, params


def fault_pairs(fault: str, *, most: int = 16) -> list[str]:
    """The character pairs of the Chinese in a fault description, quoted for an FTS5
    query (a lone character where a run has only one)."""
    tokens = pairs(fold(fault)).split()
    found = [t for t in tokens if len(t) == 2] or tokens
    return [_quoted(t) for t in found[:most]]


def chinese_filter(table: str, search: str):
    """A WHERE clause for the rows of *table* whose Chinese text or pinyin holds every
    term of *search* (None: not a search these indexes can answer)."""
    found = rowids_matching(table, search)
    if found is None:
        return None
    sql, params = found
    return text(f"{table}.rowid IN ({sql})").bindparams(**params)


# -- keeping the indexes up to date ----------------------------------------------------------

_HAS_PENDING = f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{PENDING}'"


@event.listens_for(Session, "before_commit")
def _index_before_commit(session: Session) -> None:
    """Index the rows this write noted (and any others waiting) in its transaction."""
    if "capture" not in session.info:  # not a Database.write() session
        return
    session.flush()  # the ORM's changes are written (and noted) first
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    if not conn.info.get("search_pending_known"):
        if conn.exec_driver_sql(_HAS_PENDING).first() is None:
            return  # a database from before the Chinese search
        conn.info["search_pending_known"] = True
    refresh(conn)
