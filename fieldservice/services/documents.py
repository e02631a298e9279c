"""The centre's printed documents: the language they print in, and the centre's own
conditions of service.

Documents (warranty certificates, work orders and intake receipts, labels,
purchase orders) print in the centre's *document language*, whatever language
the screens speak: a centre in Shanghai hands out Chinese paper even when a
clerk works in English. A Chinese document may be *bilingual*: headings and
labels in Chinese with the English beneath or beside, for customers and
suppliers who read either.

Kept on this computer in ``local_setting`` (keys ``documents.*``). Nothing saved
yet: the language of the centre's country (:func:`default_document_language`),
not bilingual, the built-in conditions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from babel.numbers import get_territory_currencies
from sqlalchemy import delete, select

from fieldservice.db import Database
from fieldservice.errors import InvalidInput, SiteNotInitialised
from fieldservice.formatting import LANGUAGES
from fieldservice.i18n import N_, _
from fieldservice.models import LocalSetting
from fieldservice.services import site, validation

PREFIX = "documents."
LANGUAGE_KEY = "documents.language"
BILINGUAL_KEY = "documents.bilingual"
TERMS_PREFIX = "documents.terms."
TERMS_MAX_LENGTH = 4000

# Chinese of Taiwan, Hong Kong and Macau is written in traditional characters.
_TRADITIONAL = frozenset({"TW", "HK", "MO"})

# The built-in conditions of service, printed on the intake receipt when the
# centre has not written its own. Each is written for its market (the Chinese
# follow the usual wording of repair shops in mainland China and in Taiwan), not
# translated from the English, so they are kept here rather than in a catalogue.
_BUILTIN_TERMS: dict[str, str] = {
    "en": (
        "We will contact you before doing any chargeable work. Repairs under warranty are "
        "free of charge when the warranty conditions are met; if the fault is found to be "
        "outside the warranty we will send you a quote first. Please collect the unit within "
        "30 days of our call that it is ready. Keep this receipt: it is needed to collect "
        "the unit."
    ),
    "zh_CN": (
        "1. 保修期内凭保修卡及购机发票享受免费维修；经检测不属于保修范围的故障，"
        "我们将先向您报价，经您确认后再进行收费维修。\n"
        "2. 因人为损坏、进液、私自拆修或改装、保修标签损毁、序列号涂改等造成的故障，"
        "不属于免费保修范围。\n"
        "3. 送修前请自行备份设备中的数据，维修过程中如有数据丢失，本中心不承担责任。\n"
        "4. 设备修好后我们将电话通知您，请在接到通知之日起30天内凭本单取机。\n"
        "5. 本单是取机的凭证，请妥善保管。"
    ),
    "zh_TW": (
        "1. 保固期間內憑保固卡及購買發票，可享免費維修；經檢測不屬保固範圍之故障，"
        "本中心將先行報價，經您同意後始進行付費維修。\n"
        "2. 因人為損壞、進液、自行拆修或改裝、保固貼紙毀損、序號塗改等所致之故障，"
        "不在免費保固範圍內。\n"
        "3. 送修前請自行備份機器內之資料，維修過程中如有資料遺失，本中心恕不負責。\n"
        "4. 維修完成後將以電話通知您，請於接獲通知之日起30日內憑本收件單取件。\n"
        "5. 本收件單為取件之憑證，請妥善保存。"
    ),
}


@dataclass(frozen=True)
class DocumentSettings:
    """How the centre's documents print."""

    language: str  # "en" | "zh_CN" | "zh_TW": the language documents print in
    bilingual: bool  # Chinese first, English beneath (only when language is Chinese)
    # The centre's own conditions of service / warranty terms per language;
    # "" or missing = the built-in text of that language.
    terms: dict[str, str] = field(default_factory=dict)

    def terms_in(self, language: str | None = None) -> str:
        """The centre's own terms in *language* (the document language when not
        given), "" when it has none."""
        return self.terms.get(language or self.language, "")

    def conditions(self) -> str:
        """The conditions printed in the document language: the centre's own, else
        the built-in ones (a bilingual document prints the Chinese alone)."""
        return self.terms_in() or builtin_terms(self.language)


def default_document_language(country: str) -> str:
    """The document language of a centre in *country* (ISO code): Simplified
    Chinese in mainland China, Traditional in Taiwan, Hong Kong and Macau,
    English elsewhere."""
    country = (country or "").strip().upper()
    if country == "CN":
        return "zh_CN"
    if country in _TRADITIONAL:
        return "zh_TW"
    return "en"


def builtin_terms(language: str) -> str:
    """The built-in conditions of service, in *language*."""
    try:
        return _BUILTIN_TERMS[language]
    except KeyError:
        raise ValueError(f"Not a language of the program: {language!r}") from None


def currency_of_country(country: str) -> str | None:
    """The currency of *country* today (CN: CNY, TW: TWD, HK: HKD), None if unknown."""
    country = (country or "").strip().upper()
    if len(country) != 2:
        return None
    try:
        found = get_territory_currencies(country)
    except Exception:  # babel raises for a territory it does not know
        return None
    return found[0] if found else None


def _country(db: Database) -> str:
    try:
        return site.current_site(db).country
    except SiteNotInitialised:
        return ""


def document_settings(db: Database) -> DocumentSettings:
    """How this centre's documents print (see the module's docstring for defaults)."""
    with db.read() as s:
        stored = {
            row.key: row.value
            for row in s.scalars(select(LocalSetting).where(LocalSetting.key.startswith(PREFIX)))
        }
    language = stored.get(LANGUAGE_KEY, "")
    if language not in LANGUAGES:
        language = default_document_language(_country(db))
    bilingual = stored.get(BILINGUAL_KEY) == "1" and language != "en"
    terms = {
        key.removeprefix(TERMS_PREFIX): value
        for key, value in stored.items()
        if key.startswith(TERMS_PREFIX) and key.removeprefix(TERMS_PREFIX) in LANGUAGES and value
    }
    return DocumentSettings(language, bilingual, terms)


def _checked(settings: DocumentSettings) -> DocumentSettings:
    if settings.language not in LANGUAGES:
        raise InvalidInput(
            _("Choose the language documents print in: English, 简体中文 or 繁體中文."),
            field="language",
        )
    terms: dict[str, str] = {}
    for language, text in (settings.terms or {}).items():
        if language not in LANGUAGES:
            raise InvalidInput(
                _("The conditions of service are for a language the program does not speak."),
                field="terms",
            )
        if not isinstance(text, str):
            raise InvalidInput(_("The conditions of service must be text."), field="terms")
        text = validation.lines_of_text(text, "terms", N_("conditions of service"))
        if len(text) > TERMS_MAX_LENGTH:
            raise InvalidInput(
                _(
                    "The conditions of service are too long ({length} characters; "
                    "at most {max_length})."
                ).format(length=len(text), max_length=TERMS_MAX_LENGTH),
                field="terms",
            )
        if text:
            terms[language] = text
    bilingual = bool(settings.bilingual) and settings.language != "en"
    return DocumentSettings(settings.language, bilingual, terms)


def save_document_settings(db: Database, settings: DocumentSettings) -> DocumentSettings:
    """Check and keep *settings*; returns them as kept (terms trimmed, empty ones
    dropped, English documents never bilingual). A language not spoken is refused
    (``field="language"``), as are terms with control characters or longer than
    4000 characters (``field="terms"``)."""
    checked = _checked(settings)
    with db.write() as s:
        s.merge(LocalSetting(key=LANGUAGE_KEY, value=checked.language))
        s.merge(LocalSetting(key=BILINGUAL_KEY, value="1" if checked.bilingual else "0"))
        for language in LANGUAGES:
            key = TERMS_PREFIX + language
            if language in checked.terms:
                s.merge(LocalSetting(key=key, value=checked.terms[language]))
            else:
                s.execute(delete(LocalSetting).where(LocalSetting.key == key))
    return checked
