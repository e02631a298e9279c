"""The core's words in the program's languages: gettext catalogues, made with Babel.

The screens translate their own words with Qt (``ui/``, ``.ts``/``.qm``); the core
has no Qt, so its messages (errors a service raises, the command line's output)
and its printed documents are translated here, with the standard library's
``gettext`` over catalogues that Babel extracts and compiles
(``scripts/translations.py``): ``resources/translations/core/<lang>/LC_MESSAGES/
fieldservice.po``, committed; the ``.mo`` beside each is built by the install step.

Two kinds of use:

- Messages a person reads now (an error, a line of the command line) are in the
  program's language: mark them with :func:`_` (``_("Enter the customer's
  name.")``), which translates into the language set by :func:`use_language`
  (the screens' language, or the command line's from the locale).
- A printed document is in the *centre's document language*, whatever the
  screens speak: a document takes ``_ = i18n.translator(language)`` and marks its
  words with that ``_``, so the same extraction finds them.

A text kept in a constant is marked with :func:`N_` (found by extraction,
translated where it is shown). English is the source language: it needs no
catalogue, and a word with no translation stays English rather than failing.
"""

from __future__ import annotations

import functools
import gettext as _gettext
import locale as _locale
import logging
import os
from collections.abc import Callable

from fieldservice.formatting import LANGUAGES
from fieldservice.shipped import resource_folder

DOMAIN = "fieldservice"
log = logging.getLogger("fieldservice.i18n")

_language = "en"


def catalogue_folder() -> str:
    return str(resource_folder("translations") / "core")


@functools.cache
def catalogue(language: str) -> _gettext.NullTranslations:
    """The compiled catalogue of *language* (an empty one for English, or if the
    catalogue is missing: the words then stay English, and the log says why)."""
    if language not in LANGUAGES:
        raise ValueError(f"Not a language of the program: {language!r}")
    if language == "en":
        return _gettext.NullTranslations()
    try:
        return _gettext.translation(DOMAIN, catalogue_folder(), languages=[language])
    except OSError:
        log.warning("no compiled catalogue for %s in %s", language, catalogue_folder())
        return _gettext.NullTranslations()


def use_language(language: str) -> None:
    """Speak *language* ("en", "zh_CN", "zh_TW") from now on, in every thread."""
    catalogue(language)  # refuses a language not spoken
    global _language
    _language = language


def current_language() -> str:
    return _language


def _(message: str) -> str:
    """*message* in the program's language."""
    return catalogue(_language).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for *n* things, in the program's language."""
    return catalogue(_language).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks *message* for translation where it is shown, not here (a constant)."""
    return message


def translator(language: str) -> Callable[[str], str]:
    """The ``_`` of a printed document in *language*."""
    return catalogue(language).gettext


def language_of_locale(name: str | None = None) -> str:
    """The program's language for a locale name (``zh_CN.UTF-8``, ``zh_HK``, ``en_GB``;
    the environment's when not given): Traditional Chinese for Taiwan, Hong Kong and
    Macau and for any Hant script, Simplified for other Chinese, English otherwise."""
    if name is None:
        for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
            if os.environ.get(variable):
                name = os.environ[variable]
                break
        else:
            name = _locale.getlocale()[0] or ""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    if parts[0].lower() != "zh":
        return "en"
    rest = {p.upper() for p in parts[1:]}
    return "zh_TW" if rest & {"TW", "HK", "MO", "HANT"} else "zh_CN"
