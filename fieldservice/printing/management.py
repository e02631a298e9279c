"""The monthly management report: a month of the centre's figures on two A4 pages,
for the service manager's desk and the head office's folder.

Page one: the centre's header and the month, thirteen headline tiles (each with
its change against the month before, an arrow coloured by whether the change is
good news), the orders opened day by day, the warranty failure curve and the
warranty cost of the costliest products. Page two: the tables behind them —
warranty cost by product and by month of sale, the parts that cost most, the
month's other figures against the month before, each technician's month and the
age of the backlog.

Drawn from plain data (:class:`MonthlyReportData`, gathered by
``services/management_report.py``) in the centre's document language; numbers,
money and dates go through :mod:`fieldservice.formatting`. Whatever a month
lacks (a new centre has nothing yet) prints as "—" or as a sentence saying so,
never as an empty frame.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from babel import dates as babel_dates
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from fieldservice import formatting, i18n
from fieldservice.i18n import N_
from fieldservice.printing.data import CentreHeader
from fieldservice.printing.fonts import SANS, Align, Weight, draw_text, text_width
from fieldservice.printing.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    TINT,
    Target,
    caps,
    draw_block,
    draw_fitted,
    fit_size,
    label,
    new_canvas,
    one_line,
    pdf_target,
    title,
    words,
    wrap,
)

Value = int | float | Decimal | None
Unit = Literal["count", "percent", "hours", "score", "money", "number", "ratio"]

PAGE = A4
MARGIN = 36.0
LEFT, RIGHT = MARGIN, PAGE[0] - MARGIN
TOP, BOTTOM = PAGE[1] - MARGIN, MARGIN
WIDTH = RIGHT - LEFT

GOOD = colors.HexColor("#1e7b46")
BAD = colors.HexColor("#b3261e")
LIGHT_ACCENT = colors.HexColor("#8fb1d3")
LABOUR = colors.HexColor("#e0a33a")
DASH = "—"
MINUS = "−"

TILE_COLUMNS = 5
TILE_GAP = 7.0
TILE_HEIGHT = 74.0
ROW = 13.0  # a table row
LINE = 9.4  # a second line in a table's row
TOP_ROWS = 10


# -- the data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """A headline figure this month and the month before (None: nothing to measure);
    for a rate, *hits* of *base* records this month."""

    now: Value
    before: Value
    hits: int = 0
    base: int = 0


@dataclass(frozen=True)
class CostLine:
    """Warranty cost of one product (or month of sale): parts at cost plus labour."""

    name: str  # the product's name, or the month of sale "YYYY-MM" ("" unknown)
    code: str  # the product's SKU ("" for a month)
    parts: Decimal
    labour: Decimal

    @property
    def total(self) -> Decimal:
        return self.parts + self.labour


@dataclass(frozen=True)
class PartLine:
    """A part used by the month's repairs: issued less returned, at cost."""

    part_number: str
    description: str
    quantity: Decimal
    cost: Decimal


@dataclass(frozen=True)
class TechnicianLine:
    name: str  # "" for orders with no technician
    delivered: int
    hours: float
    first_time_fix: float | None  # percent of their delivered orders


@dataclass(frozen=True)
class FailureRate:
    """Failures in month *month* of service (1 = the first month after sale) per
    100 registered units that had reached it (None: no unit had)."""

    month: int
    failures: int
    units: int
    per_100: float | None


@dataclass(frozen=True)
class AgeBucket:
    """Orders open at the month's end, *low* to *high* whole days old (None: and older)."""

    low: int
    high: int | None
    orders: int


@dataclass(frozen=True)
class MonthlyReportData:
    """Everything the monthly management report prints."""

    centre: CentreHeader
    year: int
    month: int
    opened: Change
    delivered: Change
    backlog: Change
    repair_hours: Change  # median time to repair; hits = orders measured
    repair_p90_hours: float | None
    first_time_fix: Change
    repeat_30: Change
    response_on_target: Change
    resolution_on_target: Change
    csat: Change  # hits = answers
    nps: Change  # hits = answers
    complaints_per_100: Change  # hits = complaints
    warranty_cost: Change
    parts_cost: Change
    opened_by_day: tuple[tuple[dt.date, int], ...]
    failure_curve: tuple[FailureRate, ...]
    warranty_by_product: tuple[CostLine, ...]
    warranty_by_month_of_sale: tuple[CostLine, ...]
    parts_used: tuple[PartLine, ...]
    technicians: tuple[TechnicianLine, ...]
    ageing: tuple[AgeBucket, ...]
    printed_on: dt.date
    # The month's other figures, by the keys of OTHER_FIGURES.
    others: tuple[tuple[str, Change], ...] = ()


# The figures page two lists beside each other: key -> (name, unit, +1 when up is
# good, -1 when down is, 0 neither).
OTHER_FIGURES: dict[str, tuple[str, Unit, int]] = {
    "cancelled": (N_("Orders cancelled"), "count", 0),
    "response_hours": (N_("Response time, median"), "hours", -1),
    "turnaround_hours": (N_("Turnaround, median"), "hours", -1),
    "repeat_90": (N_("Repeat repairs within 90 days"), "percent", -1),
    "rework": (N_("Rework"), "percent", -1),
    "follow_ups": (N_("Follow-up calls completed"), "percent", 1),
    "effort": (N_("Customer effort (1 = easy)"), "score", -1),
    "complaint_days": (N_("Days to resolve a complaint"), "number", -1),
    "replacements": (N_("Replacements granted"), "count", -1),
    "refunds": (N_("Refunds granted"), "count", -1),
    "stock_value": (N_("Stock value at the end"), "money", 0),
    "turnover": (N_("Stock turnover"), "ratio", 1),
    "dead_stock": (N_("Dead stock value"), "money", -1),
    "parts_wait_hours": (N_("Wait for parts, median"), "hours", -1),
}


# -- writing it -------------------------------------------------------------------------------


def render_monthly_report(data: MonthlyReportData, out: Target) -> int:
    """Write the report of *data* as an A4 PDF to *out* (a path, replaced only once
    the whole file is written, or a binary file object); returns the pages."""
    _ = words(data.centre)
    with pdf_target(out) as target:
        canvas = new_canvas(
            target,
            PAGE,
            _("Monthly management report") + " · " + month_name(data, data.year, data.month),
            data.centre.name,
            _("Monthly management report"),
        )
        _Report(canvas, data).draw()
        canvas.save()
    return 2


def monthly_report_pdf(data: MonthlyReportData) -> bytes:
    """The report of *data* as PDF bytes."""
    buffer = io.BytesIO()
    render_monthly_report(data, buffer)
    return buffer.getvalue()


def month_name(
    data: MonthlyReportData, year: int, month: int, *, short: bool | Literal["month"] = False
) -> str:
    """A month in the document language: "November 2026" / "2026年11月"; *short*:
    "Nov 2026" / "2026年11月"; ``"month"``: "Nov" / "11月"."""
    language = data.centre.language
    patterns = {
        False: ("MMMM y", "y年M月"),
        True: ("MMM y", "y年M月"),
        "month": ("MMM", "M月"),
    }
    english, chinese = patterns[short]
    pattern = english if language == "en" else chinese
    return babel_dates.format_date(
        dt.date(year, month, 1), pattern, locale=formatting.locale(language)
    )


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


@dataclass(frozen=True)
class _Tile:
    name: str
    change: Change
    unit: Unit
    better: int  # +1 up is good, -1 down is good, 0 neither
    note: str


class _Report:
    """One drawing of the report on *canvas*."""

    def __init__(self, canvas: Canvas, data: MonthlyReportData) -> None:
        self.canvas = canvas
        self.data = data
        self.centre = data.centre
        self.language = data.centre.language
        self._ = words(data.centre)
        self.month = month_name(data, data.year, data.month)
        self.before = month_name(data, *previous_month(data.year, data.month))
        self.before_short = month_name(data, *previous_month(data.year, data.month), short="month")
        self.ngettext = i18n.catalogue(self.language).ngettext

    # -- formatting -----------------------------------------------------------------------

    def number(self, value: int | float | Decimal, decimals: int | None = None) -> str:
        """A number in the document language, a true minus before a negative one."""
        text = formatting.number(value, self.language, decimals)
        return MINUS + text[1:] if text.startswith("-") else text

    def money(self, amount: Decimal | int | float) -> str:
        """An amount with the currency's sign, a true minus before a negative one."""
        size = Decimal(str(amount)).copy_abs()
        text = formatting.money(size, self.centre.currency, self.language)
        return MINUS + text if amount < 0 else text

    def hours(self, value: float) -> str:
        return self._("{hours} h").format(hours=self.number(value, 1))

    def value_text(self, value: Value, unit: Unit) -> str:
        """A figure as the tile shows it; "—" when there is nothing to measure."""
        _ = self._
        if value is None:
            return DASH
        if unit == "count":
            return self.number(int(value))
        if unit == "percent":
            return self.number(value, 1) + "%"
        if unit == "hours":
            return self.hours(float(value))
        if unit == "score":
            return _("{score} / 5").format(score=self.number(value, 2))
        if unit == "money":
            return self.money(Decimal(str(value)))
        if unit == "ratio":
            return self.number(value, 2)
        return self.number(value, 1)

    def difference(self, delta: float, unit: Unit) -> str:
        """A change with its sign: "+29", "−4.2 pts", "+¥95.20"."""
        _ = self._
        sign = "+" if delta > 0 else MINUS
        size = abs(delta)
        if unit == "count":
            amount = self.number(round(size))
        elif unit == "percent":
            amount = _("{points} pts").format(points=self.number(round(size, 1), 1))
        elif unit == "hours":
            amount = self.hours(round(size, 1))
        elif unit == "money":
            amount = self.money(Decimal(str(round(size, 2))))
        elif unit in ("score", "ratio"):
            amount = self.number(round(size, 2), 2)
        else:
            amount = self.number(round(size, 1), 1)
        return sign + amount

    # -- the pages ------------------------------------------------------------------------

    def draw(self) -> None:
        y = self.header(1)
        y = self.title_block(y)
        y = self.tiles(y - 12)
        y = self.daily_chart(y - 14)
        self.lower_charts(y - 14)
        self.footer(1)
        self.canvas.showPage()
        y = self.header(2) - 14
        y = self.cost_tables(y)
        y = self.parts_table(y - 16)
        y = self.other_figures(y - 16)
        self.people_and_backlog(y - 16)
        self.footer(2)
        self.canvas.showPage()

    def header(self, page: int) -> float:
        """The centre's name and contacts, the report's name and the month over an
        accent rule; returns the rule's y."""
        _, canvas, centre = self._, self.canvas, self.centre
        left_width = WIDTH - 190
        y = draw_block(canvas, wrap(centre.name, left_width, 13, "bold", max_lines=1), LEFT, TOP)
        contacts = "   ·   ".join(
            part
            for part in (
                one_line(centre.address),
                _("Tel. {phone}").format(phone=centre.phone) if centre.phone else "",
            )
            if part
        )
        if contacts:
            y = draw_block(canvas, wrap(contacts, left_width, 8, max_lines=1), LEFT, y - 1.5, MUTED)
        caps(canvas, RIGHT, TOP - 8, _("Monthly management report"), 6.6, align="right", room=180)
        canvas.setFillColor(INK)
        centre_code = _("Centre {code}").format(code=centre.code)
        draw_text(canvas, RIGHT, TOP - 21, centre_code, 9, "semibold", align="right")
        if page > 1:
            canvas.setFillColor(ACCENT)
            draw_text(canvas, RIGHT, TOP - 34, self.month, 9, "bold", align="right")
        rule = min(y, TOP - 26 if page == 1 else TOP - 38) - 6
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(LEFT, rule, RIGHT, rule)
        return rule

    def title_block(self, top: float) -> float:
        """The month as the page's title, the days it covers, and how to read the
        arrows; returns the y below."""
        _, canvas, data = self._, self.canvas, self.data
        y = top - 26
        canvas.setFillColor(ACCENT)
        title(canvas, LEFT, y, self.month, 20)
        first = dt.date(data.year, data.month, 1)
        last = _last_day(data.year, data.month)
        days = _("{first} to {last}, compared with {before}").format(
            first=formatting.date(first, self.language),
            last=formatting.date(last, self.language),
            before=self.before,
        )
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, LEFT, y - 15, days, WIDTH / 2, 8.4)
        self.legend(RIGHT, y - 15)
        return y - 24

    def legend(self, right: float, baseline: float) -> None:
        """How to read a tile's arrow, right-aligned at *right*."""
        _, canvas = self._, self.canvas
        items = [
            (GOOD, 1, _("better than last month")),
            (BAD, -1, _("worse")),
            (MUTED, 1, _("neither better nor worse")),
        ]
        size = 7.4
        x = right
        for color, direction, text in reversed(items):
            canvas.setFillColor(MUTED)
            width = draw_text(canvas, x, baseline, text, size, align="right")
            x -= width + 4
            _triangle(canvas, x - 3, baseline + 2.6, 3.2, direction, color)
            x -= 14

    # -- tiles ----------------------------------------------------------------------------

    def tile_list(self) -> list[_Tile]:
        _, d = self._, self.data

        ngettext = self.ngettext

        def of(c: Change) -> str:
            if not c.base:
                return _("no orders to measure")
            return ngettext("{hits} of {base} order", "{hits} of {base} orders", c.base).format(
                hits=self.number(c.hits), base=self.number(c.base)
            )

        def answers(n: int) -> str:
            return ngettext("{n} answer", "{n} answers", n).format(n=self.number(n))

        old = next((b.orders for b in d.ageing if b.high is None), 0)
        p90 = d.repair_p90_hours
        return [
            _Tile(_("Orders opened"), d.opened, "count", 0, _("taken in this month")),
            _Tile(_("Orders delivered"), d.delivered, "count", 1, _("handed back to the customer")),
            _Tile(
                _("Backlog at the end"),
                d.backlog,
                "count",
                -1,
                _("{n} open for 15 days or more").format(n=self.number(old)),
            ),
            _Tile(
                _("Median time to repair"),
                d.repair_hours,
                "hours",
                -1,
                _("90% within {hours}").format(hours=self.hours(p90))
                if p90 is not None
                else _("no order made ready"),
            ),
            _Tile(
                _("Response on target"),
                d.response_on_target,
                "percent",
                1,
                of(d.response_on_target),
            ),
            _Tile(
                _("Resolution on target"),
                d.resolution_on_target,
                "percent",
                1,
                of(d.resolution_on_target),
            ),
            _Tile(_("First-time fix"), d.first_time_fix, "percent", 1, of(d.first_time_fix)),
            _Tile(_("Repeat repairs (30 days)"), d.repeat_30, "percent", -1, of(d.repeat_30)),
            _Tile(
                _("Customer satisfaction"),
                d.csat,
                "score",
                1,
                answers(d.csat.hits),
            ),
            _Tile(
                _("Net promoter score"),
                d.nps,
                "number",
                1,
                answers(d.nps.hits),
            ),
            _Tile(
                _("Complaints per 100 orders"),
                d.complaints_per_100,
                "number",
                -1,
                ngettext("{n} complaint", "{n} complaints", d.complaints_per_100.hits).format(
                    n=self.number(d.complaints_per_100.hits)
                ),
            ),
            _Tile(_("Warranty cost"), d.warranty_cost, "money", -1, _("parts and labour")),
            _Tile(_("Parts consumed"), d.parts_cost, "money", 0, _("at cost")),
        ]

    def tiles(self, top: float) -> float:
        """The headline figures in a grid; returns the y below."""
        tiles = self.tile_list()
        width = (WIDTH - (TILE_COLUMNS - 1) * TILE_GAP) / TILE_COLUMNS
        rows = math.ceil((len(tiles) + 2) / TILE_COLUMNS)
        for i, tile in enumerate(tiles):
            row, column = divmod(i, TILE_COLUMNS)
            x = LEFT + column * (width + TILE_GAP)
            self.tile(tile, x, top - row * (TILE_HEIGHT + TILE_GAP), width)
        # The rest of the last row: what the direction words mean.
        used = len(tiles) % TILE_COLUMNS
        if used:
            x = LEFT + used * (width + TILE_GAP)
            self.reading_note(
                x, top - (rows - 1) * (TILE_HEIGHT + TILE_GAP), RIGHT - x, TILE_HEIGHT
            )
        return top - rows * TILE_HEIGHT - (rows - 1) * TILE_GAP

    def tile(self, tile: _Tile, x: float, top: float, width: float) -> None:
        canvas, pad = self.canvas, 7.0
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.roundRect(x, top - TILE_HEIGHT, width, TILE_HEIGHT, 3.5, stroke=1, fill=1)
        inner = width - 2 * pad
        canvas.setFillColor(INK)
        draw_fitted(canvas, x + pad, top - 12, tile.name, inner, 7.6, 6.2, "semibold")
        canvas.setFillColor(INK)
        value = self.value_text(tile.change.now, tile.unit)
        _draw_figure(canvas, x + pad, top - 32, value, inner, 16, "bold", "left")
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, x + pad, top - 43.5, tile.note, inner, 6.6, 5.4)
        text, sense, direction = self.change_text(tile)
        color = {1: GOOD, -1: BAD, 0: MUTED}[sense]
        text_x = x + pad
        if direction:
            _triangle(canvas, x + pad + 3.2, top - 55 + 2.6, 3.2, direction, color)
            text_x += 9
        canvas.setFillColor(color)
        draw_fitted(canvas, text_x, top - 55, text, x + width - pad - text_x, 7.2, 5.6, "semibold")
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, x + pad, top - 66.5, self.better_text(tile.better), inner, 6.2, 5.2)

    def change_text(self, tile: _Tile) -> tuple[str, int, int]:
        """The change against last month in words, its colour's sense (+1 good, -1
        bad, 0 neither) and the arrow's direction (0: none)."""
        _ = self._
        now, before = tile.change.now, tile.change.before
        if now is None or before is None:
            return _("no figure for {month}").format(month=self.before_short), 0, 0
        delta = float(now) - float(before)
        shown = self.difference(delta, tile.unit) if abs(delta) >= 0.005 else ""
        if not shown or shown[1:] == self.difference(0.0, tile.unit)[1:]:
            return _("same as {month}").format(month=self.before_short), 0, 0
        text = _("{change} vs {month}").format(change=shown, month=self.before_short)
        direction = 1 if delta > 0 else -1
        return text, tile.better * direction, direction

    def better_text(self, better: int) -> str:
        _ = self._
        if better > 0:
            return _("higher is better")
        if better < 0:
            return _("lower is better")
        return _("for information")

    def reading_note(self, x: float, top: float, width: float, height: float) -> None:
        """What the tiles count, in the room left beside the last ones."""
        _, canvas, pad = self._, self.canvas, 8.0
        canvas.setFillColor(TINT)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.roundRect(x, top - height, width, height, 3.5, stroke=1, fill=1)
        caps(canvas, x + pad, top - 12, _("How to read the figures"), 6.4, ACCENT, room=width)
        text = _(
            "Each tile compares the month with {month}. Time to repair runs from "
            "intake to ready for pickup, less any wait for the customer's approval. "
            "Cancelled orders count as opened only. Costs are at cost price."
        ).format(month=self.before)
        block = wrap(text, width - 2 * pad, 6.6, leading=8.6, max_lines=6, at_word=True)
        draw_block(canvas, block, x + pad, top - 18, MUTED)

    # -- charts ---------------------------------------------------------------------------

    def section(self, text: str, x: float, top: float, width: float) -> float:
        """A section heading in accent capitals over a thin rule; returns the y below."""
        caps(self.canvas, x, top - 7, text, 7.2, ACCENT, room=width)
        self.canvas.setStrokeColor(RULE)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(x, top - 12, x + width, top - 12)
        return top - 19

    def daily_chart(self, top: float) -> float:
        """Orders opened on each day of the month, as bars; returns the y below."""
        _, canvas, data = self._, self.canvas, self.data
        y = self.section(_("Orders opened per day"), LEFT, top, WIDTH)
        height = 128.0
        days = data.opened_by_day
        counts = [n for _day, n in days]
        total = sum(counts)
        canvas.setFillColor(MUTED)
        summary = self.ngettext(
            "{n} order in the month · weekends in a lighter colour",
            "{n} orders in the month · weekends in a lighter colour",
            total,
        ).format(n=self.number(total))
        draw_text(canvas, RIGHT, top - 7, summary, 7, align="right")
        left_room = 22.0
        drawing = Drawing(WIDTH, height)
        chart = VerticalBarChart()
        chart.x, chart.y = left_room, 14
        chart.width, chart.height = WIDTH - left_room - 4, height - 22
        chart.data = [counts or [0]]
        chart.categoryAxis.categoryNames = [str(day.day) for day, _n in days] or [""]
        peak, step = _scale(max(counts, default=0))
        _style_value_axis(chart.valueAxis, peak, step, self.number)
        _style_category_axis(chart.categoryAxis)
        chart.bars.strokeColor = None
        chart.bars[0].fillColor = ACCENT
        for i, (day, _n) in enumerate(days):
            if day.weekday() >= 5:
                chart.bars[(0, i)].fillColor = LIGHT_ACCENT
        chart.barSpacing = 1
        chart.groupSpacing = 3
        drawing.add(chart)
        renderPDF.draw(drawing, canvas, LEFT, y - height)
        if not total:
            self.empty_note(_("No orders were opened this month."), LEFT, y, WIDTH, height)
        return y - height

    def lower_charts(self, top: float) -> None:
        """The failure curve on the left, warranty cost by product on the right."""
        gap = 22.0
        width = (WIDTH - gap) / 2
        self.failure_chart(LEFT, top, width)
        self.warranty_chart(LEFT + width + gap, top, width)

    def failure_chart(self, x: float, top: float, width: float) -> None:
        _, canvas, data = self._, self.canvas, self.data
        y = self.section(_("Warranty failures by months in service"), x, top, width)
        height = 196.0
        points = [(p.month, p.per_100) for p in data.failure_curve if p.per_100 is not None]
        failures = sum(p.failures for p in data.failure_curve)
        canvas.setFillColor(MUTED)
        axis_note = _("failures per 100 units sold, by month after sale")
        draw_fitted(canvas, x, y - 7, axis_note, width, 6.8, 5.8)
        plot_top = y - 12
        plot_height = height - 12
        if not points:
            self.frame(x, plot_top, width, plot_height)
            self.empty_note(_("No units registered yet."), x, plot_top, width, plot_height)
            return
        drawing = Drawing(width, plot_height)
        plot = LinePlot()
        plot.x, plot.y = 24, 24
        plot.width, plot.height = width - 30, plot_height - 32
        plot.data = [points]
        plot.lines[0].strokeColor = ACCENT
        plot.lines[0].strokeWidth = 1.4
        plot.lines[0].symbol = makeMarker("FilledCircle", size=3.2, fillColor=ACCENT)
        last_month = max(p.month for p in data.failure_curve)
        plot.xValueAxis.valueMin = 1
        plot.xValueAxis.valueMax = last_month
        plot.xValueAxis.valueSteps = [
            m for m in (1, 3, 6, 9, 12, 15, 18, 21, 24) if m <= last_month
        ]
        _style_axis_labels(plot.xValueAxis, lambda v: self.number(int(v)))
        plot.xValueAxis.strokeColor = RULE
        peak, step = _scale(max(v for _m, v in points), whole=False)
        _style_value_axis(plot.yValueAxis, peak, step, lambda v: self.number(v))
        drawing.add(plot)
        renderPDF.draw(drawing, canvas, x, plot_top - plot_height)
        canvas.setFillColor(MUTED)
        draw_text(
            canvas,
            x + width,
            plot_top - plot_height + 3,
            _("month in service"),
            6.6,
            align="right",
        )
        if not failures:
            canvas.setFillColor(MUTED)
            note = _("No warranty failures this month.")
            draw_text(canvas, x + 24 + (width - 30) / 2, plot_top - 30, note, 8, align="center")

    def warranty_chart(self, x: float, top: float, width: float) -> None:
        _, canvas, data = self._, self.canvas, self.data
        y = self.section(_("Warranty cost by product"), x, top, width)
        height = 196.0
        lines = sorted(data.warranty_by_product, key=lambda c: c.total, reverse=True)[:7]
        # The legend: parts and labour.
        lx = x
        for color, text in ((ACCENT, _("parts")), (LABOUR, _("labour"))):
            canvas.setFillColor(color)
            canvas.rect(lx, y - 7, 6, 6, stroke=0, fill=1)
            canvas.setFillColor(MUTED)
            lx += 9 + draw_text(canvas, lx + 9, y - 6.5, text, 6.8) + 10
        plot_top = y - 12
        plot_height = height - 12
        if not lines or not any(c.total for c in lines):
            self.frame(x, plot_top, width, plot_height)
            note = _("No repairs under warranty were delivered this month.")
            self.empty_note(note, x, plot_top, width, plot_height)
            return
        names_width = min(104.0, width * 0.4)
        drawing = Drawing(width - names_width, plot_height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 4, 18
        chart.width = width - names_width - 14
        chart.height = plot_height - 22
        ordered = list(reversed(lines))  # the costliest at the top
        chart.data = [[float(c.parts) for c in ordered], [float(c.labour) for c in ordered]]
        chart.categoryAxis.categoryNames = [c.code or c.name for c in ordered]
        chart.categoryAxis.style = "stacked"
        chart.categoryAxis.visibleLabels = 0
        chart.categoryAxis.visibleTicks = 0
        chart.categoryAxis.strokeColor = RULE
        peak, step = _scale(max(float(c.total) for c in lines), whole=False)
        _style_value_axis(chart.valueAxis, peak, step, lambda v: self.number(v, 0))
        chart.bars.strokeColor = None
        chart.bars[0].fillColor = ACCENT
        chart.bars[1].fillColor = LABOUR
        chart.barSpacing = 0
        chart.groupSpacing = max(3.0, chart.height / len(ordered) * 0.35)
        drawing.add(chart)
        renderPDF.draw(drawing, canvas, x + names_width, plot_top - plot_height)
        band = chart.height / len(ordered)
        base = plot_top - plot_height + chart.y
        for i, line in enumerate(ordered):
            middle = base + (i + 0.5) * band
            name = wrap(line.name or line.code, names_width - 6, 7, max_lines=2, at_word=True)
            baseline = middle - 2.4 + (len(name.lines) - 1) * name.leading / 2
            canvas.setFillColor(INK)
            for text in name.lines:
                draw_text(canvas, x + names_width - 4, baseline, text, 7, align="right")
                baseline -= name.leading

    def frame(self, x: float, top: float, width: float, height: float) -> None:
        self.canvas.setStrokeColor(RULE)
        self.canvas.setFillColor(colors.white)
        self.canvas.setLineWidth(0.5)
        self.canvas.rect(x, top - height, width, height, stroke=1, fill=0)

    def empty_note(self, text: str, x: float, top: float, width: float, height: float) -> None:
        """A sentence in the middle of an empty chart, on a white ground."""
        canvas = self.canvas
        block = wrap(text, width - 40, 8.4, max_lines=2, at_word=True)
        widest = max(text_width(line, 8.4) for line in block.lines)
        box_w, box_h = widest + 20, block.height + 10
        cx, cy = x + width / 2, top - height / 2
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(RULE)
        canvas.roundRect(cx - box_w / 2, cy - box_h / 2, box_w, box_h, 3, stroke=1, fill=1)
        canvas.setFillColor(MUTED)
        baseline = cy + box_h / 2 - 5 - block.size
        for line in block.lines:
            draw_text(canvas, cx, baseline, line, block.size, align="center")
            baseline -= block.leading

    # -- tables ---------------------------------------------------------------------------

    def table(
        self,
        x: float,
        top: float,
        width: float,
        heading: str,
        columns: Sequence[tuple[str, float, Align]],
        rows: Sequence[Sequence[str]],
        empty: str,
        *,
        max_rows: int = TOP_ROWS,
        bold_last: bool = True,
        wrap_first: bool = False,
    ) -> float:
        """A table under a section heading; *columns* are (name, share of the width,
        alignment). With *wrap_first*, the first column takes two lines where one
        is not enough (names that differ only at their end). Returns the y below."""
        canvas = self.canvas
        y = self.section(heading, x, top, width)
        total_share = sum(share for _n, share, _a in columns)
        spans: list[tuple[float, float, Align]] = []
        cx = x
        for _name, share, align in columns:
            w = width * share / total_share
            spans.append((cx, w, align))
            cx += w
        bilingual = any(getattr(name, "english", "") for name, _s, _a in columns)
        canvas.setFillColor(MUTED)
        for (name, _share, _align), (left, w, align) in zip(columns, spans, strict=True):
            anchor = {"left": left + 3, "right": left + w - 3, "center": left + w / 2}[align]
            label(canvas, anchor, y - 6, name, 6.8, align=align, beneath=True)
        y -= 17 if bilingual else 11
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(x, y, x + width, y)
        if not rows:
            canvas.setFillColor(MUTED)
            draw_fitted(canvas, x + 3, y - 10, empty, width - 6, 7.8)
            return y - ROW - 2
        for i, row in enumerate(rows[:max_rows]):
            first = [row[0]]
            if wrap_first:
                first = wrap(row[0], spans[0][1] - 6, 7.8, max_lines=2, at_word=True).lines
            height = ROW + (len(first) - 1) * LINE
            if i % 2:
                canvas.setFillColor(TINT)
                canvas.rect(x, y - height, width, height, stroke=0, fill=1)
            baseline = y - ROW + 3.8
            for j, (cell, (left, w, align)) in enumerate(zip(row, spans, strict=True)):
                anchor = {"left": left + 3, "right": left + w - 3, "center": left + w / 2}[align]
                weight: Weight = "semibold" if bold_last and j == len(row) - 1 else "regular"
                canvas.setFillColor(INK)
                if j == 0 and wrap_first:
                    for k, line in enumerate(first):
                        draw_text(canvas, anchor, baseline - k * LINE, line, 7.8, align=align)
                    continue
                if align == "right":  # a figure: made smaller, never cut
                    _draw_figure(canvas, anchor, baseline, cell, w - 6, 7.8, weight)
                else:
                    draw_fitted(canvas, anchor, baseline, cell, w - 6, 7.8, 6.4, weight, align)
            y -= height
        if len(rows) > max_rows:
            canvas.setFillColor(MUTED)
            more = self._("and {n} more").format(n=self.number(len(rows) - max_rows))
            draw_text(canvas, x + 3, y - 9, more, 7)
            y -= 11
        return y - 2

    def cost_tables(self, top: float) -> float:
        """Warranty cost by product and by month of sale, side by side."""
        _, d = self._, self.data
        gap = 18.0
        width = (WIDTH - gap) * 0.58
        products = sorted(d.warranty_by_product, key=lambda c: c.total, reverse=True)
        months = sorted(d.warranty_by_month_of_sale, key=lambda c: c.total, reverse=True)
        money_columns: list[tuple[str, float, Align]] = [
            (_("Parts"), 1.0, "right"),
            (_("Labour"), 1.0, "right"),
            (_("Total"), 1.1, "right"),
        ]
        no_cost = _("No repairs under warranty were delivered this month.")
        left = self.table(
            LEFT,
            top,
            width,
            _("Warranty cost by product (top 10)"),
            [(_("Product"), 2.6, "left"), *money_columns],
            [
                [
                    c.name or c.code or DASH,
                    self.money(c.parts),
                    self.money(c.labour),
                    self.money(c.total),
                ]
                for c in products
            ],
            no_cost,
            wrap_first=True,
        )
        right = self.table(
            LEFT + width + gap,
            top,
            WIDTH - width - gap,
            _("Warranty cost by month of sale (top 10)"),
            [(_("Month of sale"), 1.1, "left"), *money_columns],
            [
                [
                    self.sale_month(c.name),
                    self.money(c.parts),
                    self.money(c.labour),
                    self.money(c.total),
                ]
                for c in months
            ],
            no_cost,
        )
        return min(left, right)

    def sale_month(self, key: str) -> str:
        """ "2025-03" as "Mar 2025" / "2025年3月"; "" as "not registered"."""
        try:
            year, month = (int(part) for part in key.split("-"))
            return month_name(self.data, year, month, short=True)
        except ValueError:
            return self._("not registered")

    def parts_table(self, top: float) -> float:
        _, d = self._, self.data
        used = sorted(d.parts_used, key=lambda p: p.cost, reverse=True)
        total = sum((p.cost for p in used), Decimal(0))

        def share(cost: Decimal) -> str:
            return self.number(round(float(100 * cost / total), 1), 1) + "%" if total else DASH

        return self.table(
            LEFT,
            top,
            WIDTH,
            _("Parts consumed, top 10 by cost"),
            [
                (_("Part no."), 1.3, "left"),
                (_("Description"), 3.2, "left"),
                (_("Quantity"), 0.9, "right"),
                (_("Share of cost"), 1.0, "right"),
                (_("Cost"), 1.1, "right"),
            ],
            [
                [
                    p.part_number,
                    p.description or DASH,
                    self.number(p.quantity),
                    share(p.cost),
                    self.money(p.cost),
                ]
                for p in used
            ],
            _("No parts were used this month."),
        )

    def other_figures(self, top: float) -> float:
        """The month's other figures against the month before, in two tables."""
        _, d = self._, self.data
        known = dict(d.others)
        rows = []
        for key, (name, unit, better) in OTHER_FIGURES.items():
            change = known.get(key)
            if change is None:
                continue
            tile = _Tile(_(name), change, unit, better, "")
            rows.append(
                [
                    _(name),
                    self.value_text(change.now, unit),
                    self.value_text(change.before, unit),
                    self.change_only(tile),
                ]
            )
        if not rows:
            return top
        half = (len(rows) + 1) // 2
        gap = 18.0
        width = (WIDTH - gap) / 2
        columns: list[tuple[str, float, Align]] = [
            (_("Figure"), 2.2, "left"),
            (month_name(d, d.year, d.month, short=True), 1.0, "right"),
            (month_name(d, *previous_month(d.year, d.month), short=True), 1.0, "right"),
            (_("Change"), 1.15, "right"),
        ]
        left = self.table(
            LEFT,
            top,
            width,
            _("Other figures of the month"),
            columns,
            rows[:half],
            "",
            bold_last=False,
        )
        right = self.table(
            LEFT + width + gap, top, width, " ", columns, rows[half:], "", bold_last=False
        )
        return min(left, right)

    def change_only(self, tile: _Tile) -> str:
        """The signed change of *tile* against last month alone ("+2", "−4.2 pts"),
        or "0" when there is none."""
        now, before = tile.change.now, tile.change.before
        if now is None or before is None:
            return DASH
        delta = float(now) - float(before)
        if abs(delta) < 0.005:
            return "0"
        return self.difference(delta, tile.unit)

    def people_and_backlog(self, top: float) -> None:
        _, d = self._, self.data
        gap = 18.0
        width = (WIDTH - gap) * 0.6
        people = sorted(d.technicians, key=lambda t: (-t.delivered, -t.hours, t.name))
        room = int((top - 19 - 17 - (BOTTOM + 40)) // ROW) - 1
        self.table(
            LEFT,
            top,
            width,
            _("Technicians"),
            [
                (_("Technician"), 2.2, "left"),
                (_("Delivered"), 1.0, "right"),
                (_("Hours logged"), 1.1, "right"),
                (_("First-time fix"), 1.2, "right"),
            ],
            [
                [
                    t.name or _("(nobody)"),
                    self.number(t.delivered),
                    self.number(t.hours, 1),
                    DASH if t.first_time_fix is None else self.number(t.first_time_fix, 1) + "%",
                ]
                for t in people
            ],
            _("No work was logged this month."),
            max_rows=max(5, room),
            bold_last=False,
        )
        self.ageing(LEFT + width + gap, top, WIDTH - width - gap)

    def ageing(self, x: float, top: float, width: float) -> None:
        """The backlog at the month's end by age, with a bar for each bucket."""
        _, canvas, d = self._, self.canvas, self.data
        y = self.section(_("Backlog at the end, by age"), x, top, width)
        total = sum(b.orders for b in d.ageing)
        widest = max((b.orders for b in d.ageing), default=0)
        label_width, count_width = 62.0, 30.0
        bar_room = width - label_width - count_width - 6
        for bucket in d.ageing:
            if bucket.high is None:
                name = _("{low}+ days").format(low=bucket.low)
            else:
                name = _("{low}–{high} days").format(low=bucket.low, high=bucket.high)
            baseline = y - ROW + 3.8
            canvas.setFillColor(INK)
            draw_fitted(canvas, x + 3, baseline, name, label_width - 6, 7.8)
            if bucket.orders:
                length = bar_room * bucket.orders / widest
                canvas.setFillColor(BAD if bucket.high is None and bucket.orders else ACCENT)
                canvas.rect(
                    x + label_width, y - ROW + 3, max(length, 0.0), ROW - 6, stroke=0, fill=1
                )
            canvas.setFillColor(INK)
            draw_text(
                canvas,
                x + width - 3,
                baseline,
                self.number(bucket.orders),
                7.8,
                "semibold",
                align="right",
            )
            y -= ROW
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(x, y, x + width, y)
        canvas.setFillColor(MUTED)
        summary = self.ngettext(
            "{n} order open at the end of the month",
            "{n} orders open at the end of the month",
            total,
        ).format(n=self.number(total))
        draw_fitted(canvas, x + 3, y - 10, summary, width - 6, 7.2)

    def footer(self, page: int) -> None:
        _, canvas = self._, self.canvas
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, BOTTOM + 4, RIGHT, BOTTOM + 4)
        canvas.setFillColor(MUTED)
        printed = _("Printed {date}").format(
            date=formatting.date(self.data.printed_on, self.language)
        )
        left = f"{self.centre.name} · {self.month} · {printed}"
        draw_fitted(canvas, LEFT, BOTTOM - 6, left, WIDTH - 80, 7, 6)
        page_of = _("Page {page} of {pages}").format(page=page, pages=2)
        draw_text(canvas, RIGHT, BOTTOM - 6, page_of, 7, align="right")


# -- drawing helpers --------------------------------------------------------------------------


def _last_day(year: int, month: int) -> dt.date:
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return following - dt.timedelta(days=1)


def _draw_figure(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    width: float,
    size: float,
    weight: Weight = "regular",
    align: Align = "right",
) -> None:
    """A figure on one line in *width*: set smaller as far as it must be, never
    cut (a cut amount would say another amount)."""
    draw_text(canvas, x, y, text, fit_size(text, width, size, 1.0, weight), weight, align=align)


def _triangle(
    canvas: Canvas, cx: float, cy: float, half: float, direction: int, color: colors.Color
) -> None:
    """A small filled triangle centred at (*cx*, *cy*), pointing up or down."""
    canvas.setFillColor(color)
    path = canvas.beginPath()
    tip = cy + half * direction
    foot = cy - half * 0.8 * direction
    path.moveTo(cx - half, foot)
    path.lineTo(cx + half, foot)
    path.lineTo(cx, tip)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _scale(peak: float, *, whole: bool = True) -> tuple[float, float]:
    """The top of a value axis over *peak* and its step: round numbers, about four
    or five gridlines; whole steps for counts."""
    if peak <= 0:
        return (4.0, 1.0) if whole else (1.0, 0.25)
    rough = peak / 4
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= rough)
    if whole:
        step = max(1.0, round(step))
    return math.ceil(peak / step - 1e-9) * step or step, step


def _style_value_axis(axis, top: float, step: float, text: Callable[[float], str]) -> None:
    axis.valueMin = 0
    axis.valueMax = top
    axis.valueStep = step
    axis.visibleGrid = 1
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.4
    axis.strokeColor = RULE
    axis.visibleTicks = 0
    _style_axis_labels(axis, text)


def _style_axis_labels(axis, text: Callable[[float], str]) -> None:
    axis.labels.fontName = SANS
    axis.labels.fontSize = 6.4
    axis.labels.fillColor = MUTED
    axis.labelTextFormat = text


def _style_category_axis(axis) -> None:
    axis.labels.fontName = SANS
    axis.labels.fontSize = 5.8
    axis.labels.fillColor = MUTED
    axis.labels.dy = -1
    axis.strokeColor = RULE
    axis.visibleTicks = 0
