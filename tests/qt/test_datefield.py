"""The date field: a clerk types a date the way it is written, or picks it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCalendarWidget, QTableView, QToolButton, QWidget

from fieldservice.errors import InvalidInput
from ui.common.datefield import DateField, read_date
from ui.common.unitforms import UnitForm

TODAY = dt.date.today()
YESTERDAY = TODAY - dt.timedelta(days=1)

# The calendar is a pop-up, which the offscreen platform cannot raise nor give the
# keyboard to; it says so, and that is not our warning.
popup_warnings = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)


@pytest.fixture
def locale():
    """Set the user's locale for one test (restored afterwards)."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    use("en_GB")
    yield use
    QLocale.setDefault(before)


def shown(qtbot, field: DateField) -> DateField:
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.editor.setFocus()
    return field


def type_date(qtbot, field: DateField, text: str) -> None:
    """Type *text* key by key (Chinese characters as an input method commits them), then Enter."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field.editor, char)
        else:
            typed = QInputMethodEvent()
            typed.setCommitString(char)
            QApplication.sendEvent(field.editor, typed)
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)


# -- typing ------------------------------------------------------------------------------


def test_clerk_types_a_purchase_date_into_an_unknown_date_field(qtbot, locale):
    field = shown(qtbot, DateField(optional=True))
    assert field.value() is None

    type_date(qtbot, field, "14/03/2025")

    assert field.value() == dt.date(2025, 3, 14)
    assert field.text() == "14 Mar 2025"
    field.set_value(None)  # "Not known" is a grey placeholder, not text typed onto
    assert field.text() == "" and field.editor.placeholderText() == "Not known"


@pytest.mark.parametrize(
    ("where", "typed"),
    [
        ("en_GB", "14.3.2025"),
        ("en_GB", "14/03/25"),
        ("en_GB", "14032025"),
        ("en_GB", "2025-03-14"),
        ("en_GB", "14 march 2025"),
        ("en_US", "3/14/2025"),
        ("en_US", "Mar 14, 2025"),
        ("zh_CN", "2025-03-14"),
        ("zh_CN", "2025/3/14"),
        ("zh_CN", "2025年3月14日"),
    ],
)
def test_a_date_is_typed_in_the_order_people_write_it(qtbot, locale, where, typed):
    locale(where)
    field = shown(qtbot, DateField(optional=True))
    type_date(qtbot, field, typed)
    assert field.value() == dt.date(2025, 3, 14)
    assert field.message.isHidden()


def test_typing_a_date_over_one_replaces_it(qtbot, locale):
    field = shown(qtbot, DateField(dt.date(2024, 6, 1)))
    field.editor.selectAll()
    type_date(qtbot, field, "2/1/2025")
    assert field.value() == dt.date(2025, 1, 2)
    assert field.text() == "2 Jan 2025"


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("en_GB", "7 Dec 2026"),
        ("en_US", "7 Dec 2026"),
        ("C", "7 Dec 2026"),
        ("zh_CN", "2026-12-07"),
    ],
)
def test_dates_are_shown_with_the_month_in_letters_or_the_year_first(
    qtbot, locale, where, expected
):
    locale(where)
    field = shown(qtbot, DateField(dt.date(2026, 12, 7)))
    assert field.text() == expected
    assert field.text() != "7 12 2026"
    assert read_date(field.text(), QLocale()) == dt.date(2026, 12, 7)


# -- shortcuts -----------------------------------------------------------------------------


def test_t_types_today_and_y_yesterday(qtbot, locale):
    field = shown(qtbot, DateField(optional=True))
    qtbot.keyClick(field.editor, Qt.Key.Key_T)
    assert field.value() == TODAY

    field.editor.selectAll()
    qtbot.keyClick(field.editor, Qt.Key.Key_Y)
    assert field.value() == YESTERDAY

    qtbot.keyClick(field.editor, Qt.Key.Key_Up)
    assert field.value() == TODAY
    qtbot.keyClick(field.editor, Qt.Key.Key_Down)
    assert field.value() == YESTERDAY
    assert "T: today" in field.editor.toolTip()


def test_letters_of_a_month_are_not_taken_for_shortcuts(qtbot, locale):
    field = shown(qtbot, DateField(optional=True))
    type_date(qtbot, field, "7 Oct 2025")
    assert field.value() == dt.date(2025, 10, 7)
    field.editor.selectAll()
    type_date(qtbot, field, "1 May 2025")
    assert field.value() == dt.date(2025, 5, 1)


@popup_warnings
def test_the_calendar_has_today_and_yesterday_buttons(qtbot, locale):
    field = shown(qtbot, DateField(optional=True))
    with qtbot.waitSignal(field.valueChanged) as changed:
        popup = field.open_calendar()
        qtbot.mouseClick(popup.yesterday_button, Qt.MouseButton.LeftButton)
    assert changed.args == [YESTERDAY]
    assert not popup.isVisible()
    assert field.value() == YESTERDAY

    popup = field.open_calendar()
    qtbot.mouseClick(popup.today_button, Qt.MouseButton.LeftButton)
    assert field.value() == TODAY


# -- not known -----------------------------------------------------------------------------


def test_clerk_clears_a_date_that_turns_out_not_to_be_known(qtbot, locale):
    field = shown(qtbot, DateField(dt.date(2025, 3, 14), optional=True))
    field.editor.selectAll()
    with qtbot.waitSignal(field.valueChanged) as changed:
        qtbot.keyClick(field.editor, Qt.Key.Key_Delete)
    assert changed.args == [None]
    assert field.value() is None
    assert field.editor.placeholderText() == "Not known"

    field.set_value(dt.date(2025, 3, 14))
    clear = next(
        button
        for button in field.editor.findChildren(QToolButton)
        if button.defaultAction() is field.editor.findChild(QAction, "_q_qlineeditclearaction")
    )
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)  # the × in the field
    assert field.value() is None and field.last_valid_value() is None


@popup_warnings
def test_the_calendar_offers_not_known_for_an_optional_date_only(qtbot, locale):
    optional = shown(qtbot, DateField(dt.date(2025, 3, 14), optional=True, not_known="Any day"))
    popup = optional.open_calendar()
    assert popup.not_known_button.isVisible() and popup.not_known_button.text() == "Any day"
    qtbot.mouseClick(popup.not_known_button, Qt.MouseButton.LeftButton)
    assert optional.value() is None

    required = shown(qtbot, DateField(dt.date(2025, 3, 14)))
    assert not required.open_calendar().not_known_button.isVisible()
    assert not required.editor.isClearButtonEnabled()


# -- mistakes ------------------------------------------------------------------------------


def test_a_date_that_does_not_exist_is_kept_and_explained(qtbot, locale):
    field = shown(qtbot, DateField(optional=True, field="purchase_date"))
    type_date(qtbot, field, "31/02/2025")

    assert field.text() == "31/02/2025"  # nothing typed is lost
    assert field.message.isVisible()
    assert "“31/02/2025” is not a date" in field.message.text()
    assert field.editor.property("invalid") is True
    with pytest.raises(InvalidInput) as refused:
        field.value()
    assert refused.value.field == "purchase_date"

    qtbot.keyClick(field.editor, Qt.Key.Key_Backspace)  # correcting it hides the message
    assert field.message.isHidden() and field.editor.property("invalid") is False


def test_a_purchase_date_in_the_future_is_pointed_out(qtbot, locale):
    field = shown(qtbot, DateField.past("purchase_date", optional=True))
    tomorrow = TODAY + dt.timedelta(days=1)
    type_date(qtbot, field, tomorrow.isoformat())

    assert field.text() == tomorrow.isoformat()
    assert "is in the future" in field.message.text()
    with pytest.raises(InvalidInput):
        field.value()
    assert field.last_valid_value() is None


def test_a_required_date_left_empty_is_asked_for(qtbot, locale):
    field = shown(qtbot, DateField(dt.date(2025, 3, 14)))
    field.editor.selectAll()
    qtbot.keyClick(field.editor, Qt.Key.Key_Delete)
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)
    assert "Enter a date" in field.message.text()
    assert field.last_valid_value() == dt.date(2025, 3, 14)


def test_the_unit_form_refuses_a_mistyped_date_next_to_the_field(qtbot, db, dishwasher, locale):
    form = UnitForm(db)
    qtbot.addWidget(form)
    form.show()
    form.serial.setText("AQD-2002")
    form.product.set_product(dishwasher.id)
    qtbot.keyClicks(form.purchase_date.editor, "32/1/2025")

    assert form.save() is False
    assert "is not a date" in (form.errors.message("purchase_date") or "")
    assert form.purchase_date.message.isHidden()  # said once, where the form says it
    assert form.purchase_date.text() == "32/1/2025"
    assert form.focusWidget() is form.purchase_date.editor


# -- the calendar --------------------------------------------------------------------------


def ink_height(view: QTableView, day: int) -> int:
    """How tall the drawing in the cell of *day* is: digits are, an ellipsis is not."""
    model = view.model()
    index = next(
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data() == day
    )
    image = view.viewport().grab(view.visualRect(index)).toImage()
    inked = [
        y
        for y in range(image.height())
        if any(QColor(image.pixel(x, y)).lightness() < 150 for x in range(image.width()))
    ]
    return inked[-1] - inked[0] + 1 if inked else 0


def test_a_calendar_in_the_app_style_shows_day_numbers_not_dots(qtbot, locale):
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(QDate(2026, 12, 7))
    calendar.resize(calendar.sizeHint())
    calendar.show()
    qtbot.waitExposed(calendar)
    view = calendar.findChild(QTableView)
    digits = view.fontMetrics().tightBoundingRect("28").height()

    assert ink_height(view, 28) >= digits - 1
    # The last week is whole: the rows fit in the table.
    rows = sum(view.rowHeight(row) for row in range(view.model().rowCount()))
    assert rows <= view.viewport().height()


@popup_warnings
@pytest.mark.parametrize("where", ["en_GB", "zh_CN"])
def test_the_date_fields_calendar_is_readable_and_on_screen(qtbot, locale, where):
    locale(where)
    field = shown(qtbot, DateField(dt.date(2026, 12, 7)))
    popup = field.open_calendar()
    qtbot.waitExposed(popup)
    calendar = popup.calendar
    view = calendar.findChild(QTableView)

    assert calendar.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
    assert calendar.selectedDate() == QDate(2026, 12, 7)
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance("28") + 12
    assert ink_height(view, 28) >= view.fontMetrics().tightBoundingRect("28").height() - 1
    screen = field.screen().availableGeometry()
    assert screen.contains(popup.frameGeometry())

    day = view.model().index(3, 3)  # a day in the month's middle, picked with the mouse
    picked = view.model().data(day)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(day).center())
    assert field.value() == dt.date(2026, 12, picked)
    assert not popup.isVisible()


@popup_warnings
def test_the_calendar_opens_above_a_field_at_the_bottom_of_the_screen(qtbot, locale):
    holder = QWidget()
    qtbot.addWidget(holder)
    field = DateField(dt.date(2026, 12, 7), holder)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    holder.setGeometry(screen.left() + 40, screen.bottom() - 60, 300, 50)
    holder.show()
    qtbot.waitExposed(holder)

    popup = field.open_calendar()
    assert screen.contains(popup.frameGeometry())
    assert popup.geometry().bottom() < field.editor.mapToGlobal(QPoint(0, 0)).y()
