"""The distinct values of a column, in order, read by a loose index scan.

``SELECT DISTINCT name … ORDER BY name`` reads every row: at a million repair
orders a list of five technicians took 65–95 ms. With an index that starts with
the column, each step here seeks the first value after the one before, so the
cost follows the number of values, not of rows (0.25 ms for the same list).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, select


def values_in_order(
    column: Any, *where: ColumnElement[bool], limit: int | None = None
) -> Select[tuple[str]]:
    """The distinct non-empty values of *column* (text) in the column's order, of
    the rows that meet every condition in *where*; the first *limit* of them."""
    first = select(func.min(column).label("value")).where(column > "", *where)
    values = first.cte("ordered_values", recursive=True)
    after = select(func.min(column)).where(column > values.c.value, *where).scalar_subquery()
    values = values.union_all(select(after).where(values.c.value.is_not(None)))
    query = select(values.c.value).where(values.c.value.is_not(None))
    return query if limit is None else query.limit(limit)
