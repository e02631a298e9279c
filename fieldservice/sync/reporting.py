"""The head office's reports, read with a reporting token: the chain's KPIs (or one
centre's) and the league table of the centres.

A person at the head office may read them from any desktop, a centre's too: the
token is theirs, not the centre's, and is kept in the OS keyring only when they
ask (never in a file). The answers come back as the core's own figure
dataclasses (``services.reports``), rebuilt from the values the API sends, so a
screen shows a remote figure exactly as it shows one counted here. What finds the
records behind a figure (``drill``) does not travel: it is None.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import requests

from fieldservice.errors import InvalidInput
from fieldservice.i18n import _
from fieldservice.services.reports import FAMILIES, Period
from fieldservice.services.reports.drill import DASHBOARD
from fieldservice.services.reports.league import CentreStanding, League, LeagueFigures
from fieldservice.sync.client import KEYRING_SERVICE, TIMEOUT, SyncUnavailable


class NotAReader(InvalidInput):
    """The head office refused the reporting token (shown at the token's field)."""


class ReportingClient:
    """Reads the head office at *url* with a reporting *token*.

    Every call raises :class:`NotAReader` (field "token") when the head office
    refuses the token, ``SyncUnavailable`` when it cannot be reached, and
    ``InvalidInput`` with the head office's own words when it refuses the
    question (a period that ends before it starts, a centre it does not know)."""

    def __init__(self, url: str, token: str, *, http: requests.Session | None = None) -> None:
        self.url = address(url)
        self.token = token.strip()
        if not self.token:
            raise NotAReader(_("Type the reporting token the head office gave you."), field="token")
        self.http = http or requests.Session()
        # requests verifies an https address's certificate unless told otherwise:
        # set it so, whatever the environment says.
        self.http.verify = True

    def _get(self, path: str, **params: str) -> dict[str, Any]:
        try:
            answer = self.http.get(
                f"{self.url}{path}",
                params=params,
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=TIMEOUT,
            )
        except requests.RequestException as exc:
            raise SyncUnavailable(
                _("The head office at {url} cannot be reached: {reason}").format(
                    url=self.url, reason=exc
                ),
                field="url",
            ) from None
        if answer.status_code == 401:
            raise NotAReader(
                _("The head office did not accept this reporting token (wrong or revoked)."),
                field="token",
            )
        if answer.status_code == 403:
            raise NotAReader(
                _("This is a centre's sync token: reports need a head-office reporting token."),
                field="token",
            )
        if answer.status_code == 404 and params.get("site"):
            raise InvalidInput(
                _("The head office knows no centre with the code {site}.").format(
                    site=params["site"]
                ),
                field="site",
            )
        if answer.status_code != 200:
            raise SyncUnavailable(
                _("The head office answered {status}: {message}").format(
                    status=answer.status_code, message=_message(answer)
                )
            )
        try:
            body = answer.json()
        except ValueError:
            raise SyncUnavailable(
                _("The address {url} does not answer like a head office.").format(url=self.url),
                field="url",
            ) from None
        assert isinstance(body, dict)
        return body

    def league(self, period: Period) -> League:
        """Every centre's headline KPIs over *period*, ranked, and the chain's."""
        body = self._get("/api/v1/report/league", **_days(period))
        return League(
            period,
            tuple(
                CentreStanding(
                    row["site"],
                    row.get("name") or "",
                    rebuilt(LeagueFigures, row["figures"]),
                    {key: rank for key, rank in row.get("ranks", {}).items()},
                )
                for row in body["centres"]
            ),
            rebuilt(LeagueFigures, body["chain"]),
        )

    def kpis(
        self, period: Period, site: str = "", families: Sequence[str] = DASHBOARD
    ) -> dict[str, Any]:
        """The *families* of KPIs over *period*, for the centre *site* or (empty) the
        whole chain, as the core's dataclasses (family name -> its report)."""
        body = self._get("/api/v1/report/kpis", **_days(period), site=site, family="all")
        figures = body["figures"]
        return {
            name: rebuilt(typing.get_type_hints(FAMILIES[name])["return"], figures[name])
            for name in families
        }

    def dashboard(self, period: Period, site: str = "") -> tuple[dict[str, Any], dict[str, Any]]:
        """The dashboard's families over *period* and over the period it is compared
        with (``drill.previous``), as ``services.reports.drill.dashboard`` gives them
        for this centre (without the weeks, which the head office does not send)."""
        from fieldservice.services.reports.drill import previous

        return self.kpis(period, site), self.kpis(previous(period), site)


def address(url: str) -> str:
    """The head office's address as typed, without the slash at its end; refused
    (field "url") when it does not start with https:// or http://."""
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise InvalidInput(
            _("The head office address starts with https:// (or http://)."), field="url"
        )
    return url


def _days(period: Period) -> dict[str, str]:
    return {"from": period.start.isoformat(), "to": period.end.isoformat()}


def _message(answer: requests.Response) -> str:
    """The head office's reason in its own words (FastAPI's ``detail``)."""
    try:
        detail = answer.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list):  # a validation error: one message per value
        return "; ".join(str(d.get("msg", d)) for d in detail if isinstance(d, dict))
    return answer.text[:300]


# -- rebuilding the figures --------------------------------------------------------------------


def rebuilt(kind: Any, value: Any) -> Any:
    """*value* (the JSON of a figure, as the head office's ``figures_as_json`` writes
    it) as an instance of *kind*, a type hint of the core's figures: a dataclass
    field by field, money and quantities as Decimal, days as dates, tuples and
    dicts of figures. A field the API does not send (what finds the records behind
    a figure) takes its default, or None."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        return rebuilt(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(rebuilt(item, v) for v in value)
    if origin is dict:
        key, item = typing.get_args(kind)
        return {rebuilt(key, k): rebuilt(item, v) for k, v in value.items()}
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = typing.get_type_hints(kind)
        given: dict[str, Any] = {}
        for f in dataclasses.fields(kind):
            if f.name in value:
                given[f.name] = rebuilt(hints[f.name], value[f.name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                given[f.name] = None  # not sent: not a value (see figures_as_json)
        return kind(**given)
    if kind is Decimal:
        return Decimal(str(value))
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if kind is float:
        return float(value)
    return value


# -- the token ------------------------------------------------------------------------------


def _keyring_user(url: str) -> str:
    return f"reporting@{address(url)}"


def remember_token(url: str, token: str) -> bool:
    """Keep *token* for *url* in the OS keyring; False when there is no keyring
    (it is then not kept: a reporting token opens every centre's figures, so it
    never goes to a file)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_user(url), token.strip())
        return True
    except Exception:
        return False


def remembered_token(url: str) -> str | None:
    """The token kept for *url*, if any (None too when there is no keyring)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _keyring_user(url))
    except Exception:
        return None


def forget_token(url: str) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _keyring_user(url))
    except Exception:
        pass
