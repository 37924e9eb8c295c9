"""SQL pieces every statistics query uses, written once so PostgreSQL and SQLite agree:
whole epoch seconds, and counts with mean/median/90th percentile by group (SQLite has no
percentile function).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    FromClause,
    and_,
    case,
    func,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from counter_app.domain.statistics import interpolate, rank_pick
from counter_app.protocol.statistics import Durations


class EpochSeconds(FunctionElement[int]):
    """Whole seconds since 1970 of a UTC timestamp column (truncated, on both databases)."""

    type = BigInteger()
    name = "epoch_seconds"
    inherit_cache = True


@compiles(EpochSeconds, "sqlite")
def _epoch_sqlite(element: EpochSeconds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(strftime('%s', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(EpochSeconds, "postgresql")
def _epoch_postgresql(element: EpochSeconds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(floor(extract(epoch FROM {compiler.process(element.clauses, **kw)})) AS BIGINT)"


def seconds_between(start: ColumnElement[Any], end: ColumnElement[Any]) -> ColumnElement[int]:
    """Whole seconds from ``start`` to ``end``."""
    return EpochSeconds(end) - EpochSeconds(start)


def _pick(rank: ColumnElement[int], count: ColumnElement[int], tenths: int) -> ColumnElement[bool]:
    scaled = count - 1
    low = (scaled * tenths) // 10 + 1
    high = low + case(((scaled * tenths) % 10 > 0, 1), else_=0)
    return or_(rank == low, rank == high)


@dataclass
class Grouped:
    """One group's counts (in the order asked) and durations (by value column)."""

    rows: int
    counts: tuple[int, ...]
    durations: dict[str, Durations] = field(default_factory=dict)


def durations_by(
    connection: Connection, source: FromClause, group: str, value: str
) -> dict[Hashable, Durations]:
    """Count, mean, median and 90th percentile of ``source.value`` per ``source.group``,
    NULL values left out."""
    grouped = grouped_figures(connection, source, group, [], (value,))
    return {grp: figures.durations[value] for grp, figures in grouped.items() if figures.durations}


def grouped_figures(
    connection: Connection,
    source: FromClause,
    group: str,
    counts: Sequence[ColumnElement[Any]],
    values: tuple[str, ...],
) -> dict[Hashable, Grouped]:
    """Per ``source.group``: the aggregates ``counts`` (over ``source``'s columns) and
    the durations of each of ``values`` (NULLs left out; a group with none has none).

    PostgreSQL has ``percentile_cont``: one pass computes it all. Elsewhere the database
    sorts and numbers each value column, and only the (at most four) rows at the
    percentiles' ranks come back; the figures are the same (tests hold both to it).
    """
    group_col = source.c[group]
    postgresql = connection.dialect.name == "postgresql"
    columns: list[ColumnElement[Any]] = [group_col, func.count(), *counts]
    if postgresql:
        for value in values:
            column = source.c[value]
            columns += [
                func.count(column),
                func.avg(column),
                func.percentile_cont(0.5).within_group(column),
                func.percentile_cont(0.9).within_group(column),
            ]
    result: dict[Hashable, Grouped] = {}
    width = 2 + len(counts)
    for row in connection.execute(select(*columns).group_by(group_col)):
        grouped = result[row[0]] = Grouped(int(row[1]), tuple(int(n or 0) for n in row[2:width]))
        for index, value in enumerate(values if postgresql else ()):
            count, mean, median, p90 = row[width + 4 * index : width + 4 + 4 * index]
            if count:
                grouped.durations[value] = Durations(
                    count=int(count),
                    mean=round(float(mean), 1),
                    median=round(float(median), 1),
                    p90=round(float(p90), 1),
                )
    if not postgresql:
        for value in values:
            for grp, durations in _ranked_durations(connection, source, group, value).items():
                result[grp].durations[value] = durations
    return result


def _ranked_durations(
    connection: Connection, source: FromClause, group: str, value: str
) -> dict[Hashable, Durations]:
    group_col, value_col = source.c[group], source.c[value]
    ranked = (
        select(
            group_col.label("grp"),
            value_col.label("value"),
            func.row_number().over(partition_by=group_col, order_by=value_col).label("rank"),
            func.count().over(partition_by=group_col).label("n"),
            func.avg(value_col).over(partition_by=group_col).label("mean"),
        )
        .where(value_col.is_not(None))
        .subquery("ranked")
    )
    rows = connection.execute(
        select(ranked.c.grp, ranked.c.rank, ranked.c.n, ranked.c.mean, ranked.c.value).where(
            or_(
                _pick(ranked.c.rank, ranked.c.n, 5),
                _pick(ranked.c.rank, ranked.c.n, 9),
            )
        )
    ).all()
    by_rank: dict[Hashable, dict[int, float]] = {}
    counts: dict[Hashable, tuple[int, float]] = {}
    for grp, rank, count, mean, seconds in rows:
        by_rank.setdefault(grp, {})[int(rank)] = float(seconds)
        counts[grp] = (int(count), float(mean))
    return {grp: _durations(counts[grp], ranks) for grp, ranks in by_rank.items()}


def _durations(count_mean: tuple[int, float], ranks: Mapping[int, float]) -> Durations:
    count, mean = count_mean

    def percentile(tenths: int) -> float:
        pick = rank_pick(count, tenths)
        return round(interpolate(ranks[pick.low], ranks[pick.high], pick.fraction), 1)

    return Durations(count=count, mean=round(mean, 1), median=percentile(5), p90=percentile(9))


def between(column: ColumnElement[Any], bounds: tuple[Any, Any]) -> ColumnElement[bool]:
    """``column`` in the half-open range ``[start, end)``."""
    start, end = bounds
    return and_(column >= start, column < end)
