"""The one field for typing a date, used by every form.

A date is typed as people write it: in the order of the user's locale
(``07/12/2026`` or ``7.12.2026`` in Britain, ``2026-12-07`` in China), with
the month in words (``7 Dec 2026``), or in ISO (``2026-12-07``) anywhere. When
the typing is done the field shows the date as every screen shows a day
(``ui.common.formatting``): ``7 Dec 2026``, or ``2026年12月7日`` in Chinese; an
English UI on a locale whose months are numbers anyway (Chinese, Japanese,
Korean) shows ``2026-12-07`` — never "7 12 2026".

An optional date may be "Not known": the field is then empty with a grey
placeholder, so typing starts a fresh date. T types today, Y yesterday, the
arrow keys step a day, and the calendar button (or Alt+Down) opens a calendar
with Today and Yesterday buttons.

Text that is not a date, or a date out of the field's range, is kept as typed
and a message says what is wrong, next to the field; :meth:`DateField.value`
then raises :class:`~fieldservice.errors.InvalidInput` so that a form's save is
refused and the message shown where the form shows its errors.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldservice.errors import InvalidInput
from fieldservice.services import validation
from ui.common import formatting, theme
from ui.common.widgets import link_button, make_room

# Words that may stand beside the numbers of a date without meaning anything:
# Chinese and Japanese date marks, English ordinals.
_FILLER = {"年", "月", "日", "号", "st", "nd", "rd", "th"}
_TOKENS = re.compile(r"\d+|[^\W\d_]+")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def display_format(locale: QLocale) -> str:
    """How a date is shown in *locale*: the month in letters, or ISO where the
    locale's month names are numbers ("12月")."""
    month = locale.monthName(12, QLocale.FormatType.ShortFormat)
    if any(ch.isdigit() for ch in month):
        return "yyyy-MM-dd"
    return "d MMM yyyy"


def typing_order(locale: QLocale) -> str:
    """The order of day, month and year in *locale*'s short dates: "dmy", "mdy" or "ymd"."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    found = {part: short.find(part) for part in "dMy"}
    if any(index < 0 for index in found.values()):
        return "dmy"
    return "".join(sorted(found, key=found.__getitem__)).replace("M", "m")


def _names(locale: QLocale) -> tuple[dict[str, int], set[str]]:
    """Month names (long and short, lower case, without dots) to their numbers,
    and day names, in *locale* and in English."""
    months: dict[str, int] = {}
    days: set[str] = set()
    for where in (locale, QLocale(QLocale.Language.English)):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            for number in range(1, 13):
                months[where.monthName(number, form).lower().rstrip(".")] = number
                months[where.standaloneMonthName(number, form).lower().rstrip(".")] = number
            for number in range(1, 8):
                days.add(where.dayName(number, form).lower().rstrip("."))
    return months, days


def _month(word: str, months: dict[str, int]) -> int | None:
    """The month *word* names: a name, or the start (3 letters or more) of one only."""
    if word in months:
        return months[word]
    if len(word) < 3:
        return None
    found = {number for name, number in months.items() if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def _year(digits: str, today: dt.date) -> int | None:
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        year = 2000 + int(digits)
        return year - 100 if year > today.year + 20 else year
    return None


def read_date(text: str, locale: QLocale, today: dt.date | None = None) -> dt.date:
    """The date *text* names, read in *locale*'s order; ValueError if it names none.

    Accepted: ``2026-12-07`` (a four-digit year first is always year-month-day),
    ``07/12/2026``, ``7.12.26``, ``07122026`` (in the locale's order), ``7/12``
    (this year), ``7 Dec 2026``, ``Dec 7, 2026``, ``2026年12月7日``.
    """
    today = today or dt.date.today()
    order = typing_order(locale)
    months, day_names = _names(locale)
    numbers: list[str] = []
    month_word: int | None = None
    for token in _TOKENS.findall(text.strip().lower()):
        if token.isdigit():
            numbers.append(token)
            continue
        word = token.rstrip(".")
        if word in _FILLER or word in day_names:
            continue
        month = _month(word, months)
        if month is None or month_word is not None:
            raise ValueError(text)
        month_word = month
    if month_word is not None:
        day, year = _day_and_year(numbers, order, today)
        return dt.date(year, month_word, day)
    if len(numbers) == 1:
        numbers = _split_run(numbers[0], order)
    if len(numbers) == 2:  # day and month: this year
        day_first = order.index("d") < order.index("m")
        day_text, month_text = numbers if day_first else numbers[::-1]
        return dt.date(today.year, int(month_text), int(day_text))
    if len(numbers) != 3:
        raise ValueError(text)
    fields = "ymd" if len(numbers[0]) == 4 else order
    parts = dict(zip(fields, numbers, strict=True))
    full_year = _year(parts["y"], today)
    if full_year is None or len(parts["d"]) > 2 or len(parts["m"]) > 2:
        raise ValueError(text)
    return dt.date(full_year, int(parts["m"]), int(parts["d"]))


def _day_and_year(numbers: list[str], order: str, today: dt.date) -> tuple[int, int]:
    """The day and year beside a month in words."""
    if len(numbers) == 1 and len(numbers[0]) <= 2:
        return int(numbers[0]), today.year
    if len(numbers) != 2:
        raise ValueError(numbers)
    first, second = numbers
    if len(first) == 4 or (len(second) <= 2 and order[0] == "y"):
        first, second = second, first
    year = _year(second, today)
    if year is None or len(first) > 2:
        raise ValueError(numbers)
    return int(first), year


def _split_run(digits: str, order: str) -> list[str]:
    """Digits typed without separators: ``07122026``, ``071226``, ``0712``."""
    if len(digits) == 4:  # day and month, or month and day
        return [digits[:2], digits[2:]]
    widths = {"d": 2, "m": 2, "y": len(digits) - 4}
    if len(digits) == 8 and order[0] != "y" and digits[:2] in ("19", "20"):
        # Not a day-first date unless it reads as one: 20261207 is ISO.
        try:
            dt.date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        except ValueError:
            order = "ymd"
            widths["y"] = 4
    if len(digits) not in (6, 8):
        raise ValueError(digits)
    parts, start = {}, 0
    for field in order:
        parts[field] = digits[start : start + widths[field]]
        start += widths[field]
    return [parts[field] for field in order]


class DateField(QWidget):
    """A date typed or picked; optionally "Not known".

    ``value()`` is a :class:`datetime.date` (or None when not known); it raises
    :class:`InvalidInput` naming *field* while the text is not a date in range.
    ``valueChanged`` is emitted when a new date (or "not known") is settled:
    Enter, leaving the field, the calendar, the shortcuts, :meth:`set_value`.
    ``editor`` is the line edit (a form's error border and focus go there);
    ``message`` the label under it saying what is wrong, which a row of several
    fields may move below the row.
    """

    valueChanged = Signal(object)  # dt.date | None

    def __init__(
        self,
        value: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        not_known: str | None = None,
        minimum: dt.date | None = None,
        maximum: dt.date | None = None,
        future: bool = True,
        field: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.field = field
        self.minimum = minimum
        self.maximum = maximum
        self.future = future
        self.popup: DatePopup | None = None
        self._locale = QLocale()
        self._format = display_format(self._locale)
        if value is None and not optional:
            value = dt.date.today()
        self._value: dt.date | None = value

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.editor = QLineEdit()
        self.editor.setObjectName("dateField")
        self.editor.setMaxLength(40)
        self.editor.setClearButtonEnabled(optional)
        # One width, whether the clear button shows or not.
        self.editor.setFixedWidth(self._editor_width())
        self.calendar_action = self.editor.addAction(
            theme.icon("calendar", theme.MUTED), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        layout.addWidget(self.editor)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.setFocusProxy(self.editor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.set_not_known_text(not_known or self.tr("Not known"))
        self.editor.setToolTip(self._tooltip())
        self.editor.setText(self.text_of(value))
        self.editor.installEventFilter(self)
        self.editor.editingFinished.connect(self.commit)
        self.editor.textEdited.connect(self._edited)

    @classmethod
    def past(cls, field: str, value: dt.date | None = None, *, optional: bool = False) -> DateField:
        """A day that has happened (a purchase, a registration): from 1 Jan 1970 to
        today, as the services accept it."""
        return cls(
            value,
            optional=optional,
            minimum=validation.EARLIEST_DATE,
            future=False,
            field=field,
        )

    # -- what the field holds ------------------------------------------------------------

    def value(self) -> dt.date | None:
        """The date typed (None: not known); InvalidInput if the text is no date in range."""
        try:
            return self._read()
        except InvalidInput:
            if self.field is not None:
                # The form shows the message where its errors go; one message is enough.
                self._show_message("")
            raise

    def last_valid_value(self) -> dt.date | None:
        """The last date settled in the field (what a filter keeps using while the
        text is being corrected)."""
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        """Show *value* (None: not known) as the field's date."""
        self.editor.setText(self.text_of(value))
        self._settle(value)

    def text(self) -> str:
        return self.editor.text()

    def text_of(self, value: dt.date | None) -> str:
        """*value* as this field shows it ("" when not known): as every screen shows
        a day (ui.common.formatting), or in ISO where English words would meet a
        locale whose months are numbers."""
        if value is None:
            return ""
        if self._format == "yyyy-MM-dd" and formatting.language() == "en":
            return self._locale.toString(_qdate(value), self._format)
        return formatting.day_text(value)

    def problem(self) -> str | None:
        """What is wrong with the text, in words; None if it is a date in range."""
        try:
            self._read()
        except InvalidInput as exc:
            return exc.message
        return None

    def set_not_known_text(self, text: str) -> None:
        """The grey words the empty field shows: "Not known", "Any day", "No end date"."""
        if self.optional:
            self.editor.setPlaceholderText(text)
        else:
            self.editor.setPlaceholderText(self._example())

    def set_range(self, minimum: dt.date | None, maximum: dt.date | None) -> None:
        self.minimum, self.maximum = minimum, maximum

    def earliest(self) -> dt.date | None:
        return self.minimum

    def latest(self) -> dt.date | None:
        """The last day allowed: the maximum, or today when dates in the future are not."""
        if self.future:
            return self.maximum
        today = dt.date.today()
        return today if self.maximum is None else min(today, self.maximum)

    # -- typing ------------------------------------------------------------------------------

    def commit(self) -> None:
        """The typing is done: show the date as the field shows dates, or say what is wrong."""
        try:
            value = self._read()
        except InvalidInput as exc:
            self._show_message(exc.message)
            return
        shown = self.text_of(value)
        if self.editor.text() != shown:
            self.editor.setText(shown)
        self._settle(value)

    def choose(self, value: dt.date | None) -> None:
        """The user chose *value* (calendar, a shortcut, the clear button): as if typed."""
        self.editor.selectAll()
        self.editor.insert(self.text_of(value))  # through the undo stack, with textEdited
        self.commit()

    def today(self) -> None:
        self.choose(dt.date.today())

    def yesterday(self) -> None:
        self.choose(dt.date.today() - dt.timedelta(days=1))

    def clear(self) -> None:
        """Make the date "not known" (optional fields only)."""
        if self.optional:
            self.choose(None)

    def step(self, days: int) -> None:
        try:
            start = self._read()
        except InvalidInput:
            return
        self.choose((start or dt.date.today()) + dt.timedelta(days=days))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        ignored = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        plain = modifiers & ~ignored == Qt.KeyboardModifier.NoModifier
        alt = modifiers == Qt.KeyboardModifier.AltModifier
        if (alt and key == Qt.Key.Key_Down) or (key == Qt.Key.Key_F4 and plain):
            self.open_calendar()
            return True
        if not plain:
            return False
        # T and Y are shortcuts only when they would replace the whole text, so that
        # "Oct" and "May" can still be typed.
        whole = not self.editor.text() or self.editor.selectedText() == self.editor.text()
        if whole and key == Qt.Key.Key_T:
            self.today()
            return True
        if whole and key == Qt.Key.Key_Y:
            self.yesterday()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step(1 if key == Qt.Key.Key_Up else -1)
            return True
        return False

    def _edited(self, text: str) -> None:
        self._show_message("")
        if not text and self.optional:  # emptied (the × button, Delete): not known
            self._settle(None)

    def _read(self) -> dt.date | None:
        text = self.editor.text().strip()
        if not text:
            if self.optional:
                return None
            raise InvalidInput(
                self.tr("Enter a date, e.g. %s.") % self._example(), field=self.field
            )
        try:
            value = read_date(text, self._locale)
        except ValueError:
            raise InvalidInput(
                self.tr("“%1” is not a date. Type it as %2 or %3.")
                .replace("%1", text)
                .replace("%2", self._example())
                .replace("%3", self._numeric_example()),
                field=self.field,
            ) from None
        earliest, latest = self.earliest(), self.latest()
        if earliest is not None and value < earliest:
            raise InvalidInput(
                self.tr("%s is too early: the earliest day is %s.")
                % (self._words(value), self._words(earliest)),
                field=self.field,
            )
        if latest is not None and value > latest:
            if not self.future and latest == dt.date.today():
                message = self.tr("%s is in the future.") % self._words(value)
            else:
                message = self.tr("%s is too late: the last day is %s.") % (
                    self._words(value),
                    self._words(latest),
                )
            raise InvalidInput(message, field=self.field)
        return value

    def _settle(self, value: dt.date | None) -> None:
        self._show_message("")
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        # Wider than the field, so that the words do not stand in a narrow column.
        wanted = self.message.fontMetrics().horizontalAdvance(text) + 4
        self.message.setMinimumWidth(min(wanted, max(280, self.editor.width())))
        self.message.setVisible(bool(text))
        theme.set_property(self.editor, "invalid", bool(text))
        if text:
            make_room(self.message)

    # -- words shown -------------------------------------------------------------------------

    def _example(self) -> str:
        return self._words(dt.date.today())

    def _words(self, value: dt.date) -> str:
        """*value* for a sentence: a date never broken over two lines."""
        return self.text_of(value).replace(" ", "\u00a0")

    def _numeric_example(self) -> str:
        today = _qdate(dt.date.today())
        if self._format == "yyyy-MM-dd":
            return self._locale.toString(today, "yyyy/M/d")
        short = {"dmy": "dd/MM/yyyy", "mdy": "MM/dd/yyyy", "ymd": "yyyy/MM/dd"}
        separator = next(
            (ch for ch in self._locale.dateFormat(QLocale.FormatType.ShortFormat) if ch in "/.-"),
            "/",
        )
        return self._locale.toString(
            today, short[typing_order(self._locale)].replace("/", separator)
        )

    def _tooltip(self) -> str:
        lines = [
            self.tr("Type the date, e.g. %1 or %2.")
            .replace("%1", self._example())
            .replace("%2", self._numeric_example()),
            self.tr("T: today · Y: yesterday · Up/Down: a day later/earlier · Alt+Down: calendar"),
        ]
        if self.optional:
            lines.append(self.tr("Empty the field if the date is not known."))
        return "\n".join(lines)

    def _editor_width(self) -> int:
        metrics = self.editor.fontMetrics()
        widest = self.text_of(dt.date(2026, 9, 28))
        # The text, the calendar and clear buttons, and the style's padding.
        return metrics.horizontalAdvance(widest + "  ") + 80

    # -- the calendar ------------------------------------------------------------------------

    def open_calendar(self) -> DatePopup:
        """Open the calendar below the field (above it when there is no room below)."""
        if self.popup is None:
            self.popup = DatePopup(self)
            self.popup.chosen.connect(self._chosen)
        try:
            shown = self._read()
        except InvalidInput:
            shown = self._value
        self.popup.prepare(shown, self.earliest(), self.latest(), optional=self.optional)
        self.popup.show_below(self.editor)
        return self.popup

    def _chosen(self, value: object) -> None:
        self.editor.setFocus(Qt.FocusReason.PopupFocusReason)
        self.choose(value if isinstance(value, dt.date) else None)


class DatePopup(QFrame):
    """The calendar of a :class:`DateField`, with Today, Yesterday and Not known."""

    chosen = Signal(object)  # dt.date | None

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        locale = QLocale()
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setLocale(locale)
        self.calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
        )
        self.calendar.setMinimumSize(self._roomy(self.calendar))
        self.calendar.clicked.connect(lambda day: self._choose(_pydate(day)))
        self.calendar.activated.connect(lambda day: self._choose(_pydate(day)))
        layout.addWidget(self.calendar)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.today_button = link_button(self.tr("Today"))
        self.today_button.setToolTip(self.tr("T in the date field"))
        self.yesterday_button = link_button(self.tr("Yesterday"))
        self.yesterday_button.setToolTip(self.tr("Y in the date field"))
        self.not_known_button = link_button(field.editor.placeholderText())
        for button in (self.today_button, self.yesterday_button, self.not_known_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.today_button.clicked.connect(lambda: self._choose(dt.date.today()))
        self.yesterday_button.clicked.connect(
            lambda: self._choose(dt.date.today() - dt.timedelta(days=1))
        )
        self.not_known_button.clicked.connect(lambda: self._choose(None))
        buttons.addWidget(self.today_button)
        buttons.addWidget(self.yesterday_button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_known_button)
        layout.addLayout(buttons)

    @staticmethod
    def _roomy(calendar: QCalendarWidget) -> QSize:
        """Cells with room for "28" and the day names, whatever the font."""
        metrics = calendar.fontMetrics()
        locale = calendar.locale()
        names = max(
            metrics.horizontalAdvance(locale.dayName(day, QLocale.FormatType.ShortFormat))
            for day in range(1, 8)
        )
        cell = max(metrics.horizontalAdvance("28"), names) + 18
        row = metrics.height() + 12
        bar = calendar.findChild(QWidget, "qt_calendar_navigationbar")
        bar_height = bar.sizeHint().height() if bar is not None else row
        return QSize(7 * cell, bar_height + 7 * row).expandedTo(calendar.sizeHint())

    def prepare(
        self,
        value: dt.date | None,
        earliest: dt.date | None,
        latest: dt.date | None,
        *,
        optional: bool,
    ) -> None:
        today = dt.date.today()
        self.calendar.setDateRange(
            _qdate(earliest or dt.date(1900, 1, 1)), _qdate(latest or dt.date(2999, 12, 31))
        )
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # forget the last ones
        # Days that cannot be chosen look it (the calendar only refuses them), in the
        # weeks shown beside the first and the last day allowed.
        barred = QTextCharFormat()
        barred.setForeground(QColor("#b8c3d0"))
        for day in range(1, 43):
            if latest is not None:
                self.calendar.setDateTextFormat(_qdate(latest + dt.timedelta(days=day)), barred)
            if earliest is not None:
                self.calendar.setDateTextFormat(_qdate(earliest - dt.timedelta(days=day)), barred)
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(QColor(theme.ACCENT))
        self.calendar.setDateTextFormat(_qdate(today), marked)
        shown = value or today
        self.calendar.setSelectedDate(_qdate(shown))
        self.calendar.setCurrentPage(shown.year, shown.month)

        def allowed(day: dt.date) -> bool:
            return (earliest is None or day >= earliest) and (latest is None or day <= latest)

        self.today_button.setEnabled(allowed(today))
        self.yesterday_button.setEnabled(allowed(today - dt.timedelta(days=1)))
        self.not_known_button.setVisible(optional)

    def show_below(self, anchor: QWidget) -> None:
        """Show under *anchor*, kept whole on its screen."""
        self.adjustSize()
        size = self.sizeHint().expandedTo(self.minimumSizeHint())
        screen = anchor.screen().availableGeometry()
        below = anchor.mapToGlobal(QPoint(0, anchor.height() + 2))
        x = min(max(below.x(), screen.left()), screen.right() + 1 - size.width())
        y = below.y()
        if y + size.height() > screen.bottom() + 1:
            above = anchor.mapToGlobal(QPoint(0, 0)).y() - 2 - size.height()
            y = above if above >= screen.top() else screen.bottom() + 1 - size.height()
        self.setGeometry(QRect(QPoint(x, max(y, screen.top())), size))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()  # the date stays as it was
            return
        super().keyPressEvent(event)

    def _choose(self, value: dt.date | None) -> None:
        self.hide()
        self.chosen.emit(value)
