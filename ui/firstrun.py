"""First start: the screens' language, and making this installation a service centre
(site code, name, contact)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import site
from ui.common import language, settings, theme
from ui.common.forms import EditingDialog, FieldErrors, form_layout, plain_text, save_buttons
from ui.common.widgets import Banner, label

# Where the product's first customers are: a computer set up for Chinese (China,
# Taiwan, Hong Kong, Macau, Singapore) proposes its own country, so that local
# phone numbers (13800138000) are understood; elsewhere the centre says.
HOME_COUNTRY = "GB"


def default_country(locale: QLocale) -> str:
    """The country a new centre is proposed: the locale's for Chinese locales."""
    if locale.language() != QLocale.Language.Chinese:
        return HOME_COUNTRY
    code = QLocale.territoryToCode(locale.territory())
    return code if len(code) == 2 else HOME_COUNTRY


class SiteSetupDialog(EditingDialog):
    """Asks for the centre's details once; the site code can never change after.

    The language comes first, preset to the one the screens speak (the system
    locale's, see :mod:`ui.common.language`): choosing another speaks it at once,
    keeping whatever was typed, and it is kept as the screens' language when the
    centre is set up.
    """

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.info: site.SiteInfo | None = None
        self.setMinimumWidth(580)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(14)
        chooser = QHBoxLayout()
        chooser.setSpacing(8)
        chooser.addStretch(1)
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in language.NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.current())))
        self.language_label.setBuddy(self.language)
        chooser.addWidget(self.language_label)
        chooser.addWidget(self.language)
        layout.addLayout(chooser)
        header = QHBoxLayout()
        header.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(48, 48))
        header.addWidget(logo)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = label("", "dialogTitle")
        self.subtitle = label("", "muted")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        layout.addLayout(header)
        self.intro = label("", "dialogIntro", wrap=True)
        layout.addWidget(self.intro)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        self.form = form_layout()
        self.code = QLineEdit()
        self.code.setMaxLength(8)
        self.code.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,8}"), self.code)
        )
        self.code.textEdited.connect(self._upper_code)
        self.name = QLineEdit()
        self.country = QLineEdit(default_country(locale or QLocale()))
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(80)
        self.country.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.country)
        )
        self.country.textEdited.connect(lambda t: self.country.setText(t.upper()))
        self.address = plain_text(3)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        row_titles = self._titles()
        for field, widget in (
            ("code", self.code),
            ("name", self.name),
            ("country", self.country),
            ("address", self.address),
            ("phone", self.phone),
            ("email", self.email),
        ):
            # The country's hint is said in retranslate(), with the other texts.
            hint = " " if widget is self.country else ""
            self.errors.add_row(self.form, field, row_titles[widget], widget, hint=hint)
        self.country_hint = self._box_of(self.country).findChild(QLabel, "muted")
        layout.addLayout(self.form)
        buttons, self.save_button = save_buttons(self, "", default=True)
        layout.addWidget(buttons)
        self.retranslate()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.code.setFocus()

    def retranslate(self) -> None:
        """Say every text of the dialog (again) in the screens' language."""
        self.setWindowTitle(self.tr("Set up this service centre"))
        self.language_label.setText(self.tr("Language"))
        self.title.setText(self.tr("Welcome to fieldservice"))
        self.subtitle.setText(self.tr("First, tell us about this service centre."))
        self.intro.setText(
            self.tr(
                "The site code starts every number this centre gives out (customer "
                "LD01-CU-000042, repair order LD01-RO-000123), so it must be unique in "
                "your network and cannot be changed later. Ask your head office if you "
                "do not know it."
            )
        )
        self.code.setPlaceholderText(self.tr("e.g. LD01"))
        self.name.setPlaceholderText(self.tr("e.g. Leeds Service Centre"))
        titles = self._titles()
        for field, title in titles.items():
            row_label = self.form.labelForField(self._box_of(field))
            if isinstance(row_label, QLabel):
                row_label.setText(title)
        if self.country_hint is not None:
            self.country_hint.setText(
                self.tr(
                    "Two letters (GB, DE, FR, CN…): phone numbers without a country "
                    "code are read as numbers of this country."
                )
            )
        self.save_button.setText(self.tr("Set up centre"))
        self._fit_height()

    def _fit_height(self) -> None:
        # Wrapped texts (the intro, the country's hint) need more lines in one
        # language than in another, and Qt sizes a window by its widest layout:
        # grow to the height its width needs, so that no line is cut off.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.isVisible():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _titles(self) -> dict[QWidget, str]:
        return {
            self.code: self.tr("Site code"),
            self.name: self.tr("Centre name"),
            self.country: self.tr("Country"),
            self.address: self.tr("Address"),
            self.phone: self.tr("Phone"),
            self.email: self.tr("E-mail"),
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _box_of(field: QWidget) -> QWidget:
        """The row's widget holding *field* (with its hint and error message)."""
        box = field.parentWidget()
        assert box is not None
        return box

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _language_chosen(self) -> None:
        # Every window follows (this one by its changeEvent); the typing stays.
        language.use_language(self.chosen_language())

    def entered_values(self) -> list[object]:
        # The language is not typing: choosing one and leaving asks nothing.
        return [
            self.code.text(),
            self.name.text(),
            self.country.text(),
            self.address.toPlainText(),
            self.phone.text(),
            self.email.text(),
        ]

    def _upper_code(self, text: str) -> None:
        position = self.code.cursorPosition()
        self.code.setText(text.upper())
        self.code.setCursorPosition(position)

    def save(self) -> bool:
        """Set the centre up on the writer thread; True once it is (at once in tests)."""
        self.errors.clear()
        db, code, name = self.db, self.code.text(), self.name.text()
        country, address = self.country.text(), self.address.toPlainText()
        phone, email = self.phone.text(), self.email.text()
        return self.submit(
            lambda: site.setup_site(
                db, code, name, country=country, address=address, phone=phone, email=email
            ),
            self._set_up,
        )

    def _set_up(self, info: site.SiteInfo) -> None:
        self.info = info
        # The language seen while setting up is the one to start in from now on.
        settings.put(settings.LANGUAGE, self.chosen_language())
        self.accept()
