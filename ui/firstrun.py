"""First start: make this installation a service centre (site code, name, contact)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldservice.db import Database
from fieldservice.services import site
from ui.common import theme
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
    """Asks for the centre's details once; the site code can never change after."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.info: site.SiteInfo | None = None
        self.setWindowTitle(self.tr("Set up this service centre"))
        self.setMinimumWidth(580)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        header = QHBoxLayout()
        header.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(48, 48))
        header.addWidget(logo)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(label(self.tr("Welcome to fieldservice"), "dialogTitle"))
        titles.addWidget(label(self.tr("First, tell us about this service centre."), "muted"))
        header.addLayout(titles, 1)
        layout.addLayout(header)
        layout.addWidget(
            label(
                self.tr(
                    "The site code starts every number this centre gives out (customer "
                    "LD01-CU-000042, repair order LD01-RO-000123), so it must be unique in "
                    "your network and cannot be changed later. Ask your head office if you "
                    "do not know it."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self.banner)
        form = form_layout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. LD01"))
        self.code.setMaxLength(8)
        self.code.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,8}"), self.code)
        )
        self.code.textEdited.connect(self._upper_code)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Leeds Service Centre"))
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
        self.errors.add_row(form, "code", self.tr("Site code"), self.code)
        self.errors.add_row(form, "name", self.tr("Centre name"), self.name)
        self.errors.add_row(
            form,
            "country",
            self.tr("Country"),
            self.country,
            hint=self.tr(
                "Two letters (GB, DE, FR, CN…): phone numbers without a country "
                "code are read as numbers of this country."
            ),
        )
        self.errors.add_row(form, "address", self.tr("Address"), self.address)
        self.errors.add_row(form, "phone", self.tr("Phone"), self.phone)
        self.errors.add_row(form, "email", self.tr("E-mail"), self.email)
        layout.addLayout(form)
        buttons, self.save_button = save_buttons(self, self.tr("Set up centre"), default=True)
        layout.addWidget(buttons)
        self.code.setFocus()

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
        self.accept()
