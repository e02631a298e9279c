"""Warranty: policies, registrations of sold units, coverage, extensions, voiding.

The dates follow one rule, :mod:`fieldservice.services.coverage`. Every change
to a registration after it is made (a corrected date or owner, an extension, a
void or its reversal) is kept as a history line with who, when and why:
nothing is silently overwritten.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fieldservice.db import Database
from fieldservice.errors import AlreadyExists, InvalidInput, NotFound
from fieldservice.i18n import N_, _
from fieldservice.models import (
    Customer,
    Product,
    Unit,
    WarrantyEvent,
    WarrantyExtension,
    WarrantyPolicy,
    WarrantyRegistration,
)
from fieldservice.printing.data import CentreHeader, CertificateData
from fieldservice.services import customers, lookup, numbering, products, site, validation
from fieldservice.services.coverage import CoverageStatus, service_end, status_on, warranty_end
from fieldservice.services.distinct import values_in_order

NUMBER_KIND = "WC"

# How a registration came in, in words (marked for translation: shown as
# ``_(CHANNELS[channel])``).
CHANNELS = {
    "front_desk": N_("Front desk"),
    "dealer": N_("Dealer"),
    "online": N_("Online"),
    "phone": N_("Phone"),
    "import": N_("Imported list"),
}

DEFAULT_VOID_CONDITIONS = (
    "Physical damage",
    "Liquid damage",
    "Unauthorised repair or modification",
    "Warranty seal broken or missing",
    "Serial number removed or altered",
    "Not installed or used as the manual says",
)


# -- policies -------------------------------------------------------------------------


@dataclass(frozen=True)
class PolicyDraft:
    product_id: uuid.UUID
    warranty_months: int
    service_months: int = 0
    terms: str = ""
    void_conditions: tuple[str, ...] = DEFAULT_VOID_CONDITIONS
    # 三包 (services/sanbao.py): None when the product is not sold under it.
    return_days: int | None = None
    exchange_days: int | None = None
    repairs_before_exchange: int | None = None


@dataclass(frozen=True)
class PolicyRecord:
    id: uuid.UUID
    product_id: uuid.UUID
    product_name: str
    product_sku: str
    warranty_months: int
    service_months: int
    terms: str
    void_conditions: tuple[str, ...]
    return_days: int | None = None
    exchange_days: int | None = None
    repairs_before_exchange: int | None = None


def _conditions(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _policy_record(p: WarrantyPolicy, product: Product) -> PolicyRecord:
    return PolicyRecord(
        p.id,
        p.product_id,
        product.name,
        product.sku,
        p.warranty_months,
        p.service_months,
        p.terms,
        _conditions(p.void_conditions),
        p.return_days,
        p.exchange_days,
        p.repairs_before_exchange,
    )


def _months(value: int, field: str, label: str, *, minimum: int) -> int:
    if not isinstance(value, int) or value < minimum or value > 600:
        raise InvalidInput(
            _("The {label} must be a whole number of months from {minimum} to 600.").format(
                label=_(label), minimum=minimum
            ),
            field=field,
        )
    return value


def _optional_count(value: int | None, field: str, label: str, maximum: int) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or value < 1 or value > maximum:
        raise InvalidInput(
            _("The {label} must be a whole number from 1 to {maximum}, or left empty.").format(
                label=_(label), maximum=maximum
            ),
            field=field,
        )
    return value


def policy_values(draft: PolicyDraft) -> dict[str, int | str | None]:
    """A policy's months, terms and void conditions as stored, checked: the same
    checks for a policy set here and one the head office publishes."""
    conditions = tuple(c.strip() for c in draft.void_conditions if c.strip())
    return_days = _optional_count(draft.return_days, "return_days", N_("refund window"), 365)
    exchange_days = _optional_count(
        draft.exchange_days, "exchange_days", N_("exchange window"), 365
    )
    if return_days and exchange_days and exchange_days < return_days:
        raise InvalidInput(
            _("The exchange window cannot be shorter than the refund window."),
            field="exchange_days",
        )
    return {
        "return_days": return_days,
        "exchange_days": exchange_days,
        "repairs_before_exchange": _optional_count(
            draft.repairs_before_exchange,
            "repairs_before_exchange",
            N_("number of repairs before an exchange"),
            10,
        ),
        "warranty_months": _months(
            draft.warranty_months, "warranty_months", N_("warranty period"), minimum=0
        ),
        "service_months": _months(
            draft.service_months, "service_months", N_("service period"), minimum=0
        ),
        "terms": (draft.terms or "").strip(),
        "void_conditions": "\n".join(conditions),
    }


def set_policy(db: Database, draft: PolicyDraft) -> PolicyRecord:
    """Create or change the warranty policy of a product. Registrations already made
    keep the months they were given.

    The head office publishes the policies of the products it publishes; once the
    centre is enrolled, it sets here only the policy of a product it proposed itself
    (one the head office has not published yet)."""
    values = policy_values(draft)
    with db.write() as s:
        product = s.get(Product, draft.product_id)
        if product is None or product.deleted:
            raise InvalidInput(_("Choose a product from the catalogue."), field="product")
        try:
            products.check_may_change(s, db.require_site(), product, N_("its warranty policy"))
        except InvalidInput as refused:
            raise InvalidInput(refused.message, field="product") from None
        policy = s.scalar(select(WarrantyPolicy).where(WarrantyPolicy.product_id == product.id))
        if policy is None:
            policy = WarrantyPolicy(product_id=product.id)
            s.add(policy)
        for key, value in values.items():
            if getattr(policy, key) != value:
                setattr(policy, key, value)
        s.flush()
        return _policy_record(policy, product)


def get_policy(db: Database, product_id: uuid.UUID) -> PolicyRecord | None:
    with db.read() as s:
        return read_policy(s, product_id)


def read_policy(s: Session, product_id: uuid.UUID) -> PolicyRecord | None:
    """:func:`get_policy` inside the caller's unit of work."""
    row = s.execute(
        select(WarrantyPolicy, Product)
        .join(Product, Product.id == WarrantyPolicy.product_id)
        .where(WarrantyPolicy.product_id == product_id, ~WarrantyPolicy.deleted)
    ).first()
    return _policy_record(*row) if row else None


def list_policies(db: Database) -> list[PolicyRecord]:
    with db.read() as s:
        rows = s.execute(
            select(WarrantyPolicy, Product)
            .join(Product, Product.id == WarrantyPolicy.product_id)
            .where(~WarrantyPolicy.deleted)
            .order_by(Product.name)
        )
        return [_policy_record(p, product) for p, product in rows]


# -- registrations --------------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationDraft:
    """What the front desk (or a dealer's list) gives to register a sold unit."""

    serial: str
    product_id: uuid.UUID | None
    purchase_date: dt.date | None
    customer_id: uuid.UUID | None = None
    dealer: str = ""
    invoice_ref: str = ""
    channel: str = "front_desk"
    registered_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class RegistrationRecord:
    id: uuid.UUID
    number: str
    unit_id: uuid.UUID
    serial: str
    product_id: uuid.UUID
    product_name: str
    product_sku: str
    product_brand: str
    product_model: str
    customer_id: uuid.UUID | None
    customer_number: str
    customer_name: str
    customer_phone: str
    customer_address: str
    purchase_date: dt.date
    warranty_months: int
    service_months: int
    extension_months: int
    dealer: str
    invoice_ref: str
    registered_on: dt.date
    channel: str
    registered_by: str
    void_reason: str | None
    void_note: str
    voided_on: dt.date | None
    voided_by: str
    notes: str

    @property
    def warranty_end(self) -> dt.date:
        return warranty_end(self.purchase_date, self.warranty_months, self.extension_months)

    @property
    def service_end(self) -> dt.date:
        return service_end(
            self.purchase_date, self.warranty_months, self.service_months, self.extension_months
        )

    @property
    def voided(self) -> bool:
        return self.void_reason is not None

    def status_on(self, on: dt.date) -> CoverageStatus:
        return status_on(
            on,
            self.purchase_date,
            self.warranty_months,
            self.service_months,
            self.extension_months,
            self.voided,
        )


def _extension_months():
    return (
        select(func.coalesce(func.sum(WarrantyExtension.months), 0))
        .where(
            WarrantyExtension.registration_id == WarrantyRegistration.id,
            ~WarrantyExtension.deleted,
        )
        .scalar_subquery()
    )


def _record_query():
    r = WarrantyRegistration
    return (
        select(
            r.id,
            r.number,
            r.unit_id,
            Unit.serial,
            Product.id,
            Product.name,
            Product.sku,
            Product.brand,
            Product.model,
            r.customer_id,
            func.coalesce(Customer.number, ""),
            func.coalesce(Customer.name, ""),
            func.coalesce(Customer.phone, ""),
            func.coalesce(Customer.address, ""),
            r.purchase_date,
            r.warranty_months,
            r.service_months,
            _extension_months(),
            r.dealer,
            r.invoice_ref,
            r.registered_on,
            r.channel,
            r.registered_by,
            r.void_reason,
            r.void_note,
            r.voided_on,
            r.voided_by,
            r.notes,
        )
        .join(Unit, Unit.id == r.unit_id)
        .join(Product, Product.id == Unit.product_id)
        .outerjoin(Customer, Customer.id == r.customer_id)
        .where(~r.deleted)
    )


def _load(s: Session, registration_id: uuid.UUID) -> RegistrationRecord:
    row = s.execute(_record_query().where(WarrantyRegistration.id == registration_id)).first()
    if row is None:
        raise NotFound(_("That warranty registration does not exist."))
    return RegistrationRecord(*row)


def _event(s: Session, db: Database, registration_id: uuid.UUID, kind: str, **values) -> None:
    s.add(WarrantyEvent(registration_id=registration_id, kind=kind, by=db.user, **values))


def _already_registered(s: Session, serial: str, registration: WarrantyRegistration) -> str:
    """The message refusing a second registration of *serial*: the first one's
    certificate, owner and day of purchase."""
    owner = s.get(Customer, registration.customer_id) if registration.customer_id else None
    if owner:
        message = _(
            "Serial {serial} is already registered: certificate {number} ({owner}, bought {date})."
        )
    else:
        message = _("Serial {serial} is already registered: certificate {number} (bought {date}).")
    return message.format(
        serial=serial,
        number=registration.number,
        owner=owner.name if owner else "",
        date=validation.day(registration.purchase_date),
    )


def register(db: Database, draft: RegistrationDraft) -> RegistrationRecord:
    """Register the warranty of a sold unit and give it a certificate number.

    The unit is created if the serial is new. A serial can be registered once:
    a second registration is refused, naming the existing certificate. The
    warranty and service months are taken from the product's policy.
    """
    with db.write() as s:
        return _load(s, _register(s, db, draft))


@dataclass(frozen=True)
class CheckedRegistration:
    """A registration's own values, checked (see :func:`check_registration`)."""

    serial: str
    purchase_date: dt.date
    registered_on: dt.date
    channel: str
    dealer: str
    invoice_ref: str
    notes: str


def check_registration(draft: RegistrationDraft) -> CheckedRegistration:
    """The checks of a registration that need no database: a serial; a known
    channel; a purchase date and a registration date from 1 Jan 1970 to today, the
    registration (today if not given) not before the purchase; dealer, invoice and
    notes as text a person can read."""
    serial = validation.serial(draft.serial)
    if draft.channel not in CHANNELS:
        raise InvalidInput(
            _("Unknown channel “{channel}”.").format(channel=draft.channel), field="channel"
        )
    if draft.purchase_date is None:
        raise InvalidInput(_("Enter the purchase date (from the invoice)."), field="purchase_date")
    purchase = validation.past_date(draft.purchase_date, "purchase_date", N_("purchase date"))
    registered_on = validation.past_date(
        draft.registered_on or dt.date.today(), "registered_on", N_("registration date")
    )
    assert purchase is not None and registered_on is not None
    if registered_on < purchase:
        raise InvalidInput(
            _("The registration date is before the purchase date."), field="registered_on"
        )
    return CheckedRegistration(
        serial,
        purchase,
        registered_on,
        draft.channel,
        validation.limited(draft.dealer, "dealer", N_("dealer's name"), 200),
        validation.limited(draft.invoice_ref, "invoice_ref", N_("invoice reference"), 100),
        validation.lines_of_text(draft.notes, "notes", N_("notes")),
    )


def _register(s: Session, db: Database, draft: RegistrationDraft) -> uuid.UUID:
    """The registration itself, inside the caller's unit of work."""
    checked = check_registration(draft)
    serial, purchase = checked.serial, checked.purchase_date
    unit = s.scalar(select(Unit).where(Unit.serial == serial, ~Unit.deleted))
    product_id = draft.product_id or (unit.product_id if unit else None)
    if product_id is None:
        raise InvalidInput(_("Choose the product that was sold."), field="product")
    product = s.get(Product, product_id)
    if product is None or product.deleted:
        raise InvalidInput(_("The chosen product is not in the catalogue."), field="product")
    if unit is not None:
        if unit.product_id != product.id:
            actual = s.get(Product, unit.product_id)
            if actual:
                message = _("Serial {serial} belongs to a {actual}, not a {product}.")
            else:
                message = _("Serial {serial} belongs to a another product, not a {product}.")
            raise InvalidInput(
                message.format(
                    serial=serial, actual=actual.name if actual else "", product=product.name
                ),
                field="serial",
            )
        existing = s.scalar(
            select(WarrantyRegistration).where(
                WarrantyRegistration.unit_id == unit.id, ~WarrantyRegistration.deleted
            )
        )
        if existing is not None:
            raise AlreadyExists(
                _already_registered(s, serial, existing),
                field="serial",
                existing_id=existing.id,
            )
    policy = s.scalar(
        select(WarrantyPolicy).where(
            WarrantyPolicy.product_id == product.id, ~WarrantyPolicy.deleted
        )
    )
    if policy is None:
        raise InvalidInput(
            _(
                "There is no warranty policy for {product} ({sku}) yet: set its warranty "
                "months first."
            ).format(product=product.name, sku=product.sku),
            field="product",
        )
    customer_id = draft.customer_id or (unit.customer_id if unit else None)
    if customer_id is not None:
        owner = s.get(Customer, customer_id)
        if owner is None or owner.deleted:
            raise InvalidInput(_("The chosen customer no longer exists."), field="customer")
    if unit is None:
        unit = Unit(serial=serial, product_id=product.id, customer_id=customer_id)
        s.add(unit)
    if customer_id is not None and unit.customer_id != customer_id:
        unit.customer_id = customer_id
    if unit.purchase_date != purchase:
        unit.purchase_date = purchase
    s.flush()
    registration = WarrantyRegistration(
        number=numbering.next_number(s, db.require_site(), NUMBER_KIND),
        unit_id=unit.id,
        customer_id=customer_id,
        purchase_date=purchase,
        warranty_months=policy.warranty_months,
        service_months=policy.service_months,
        dealer=checked.dealer,
        invoice_ref=checked.invoice_ref,
        registered_on=checked.registered_on,
        channel=checked.channel,
        registered_by=db.user,
        notes=checked.notes,
    )
    s.add(registration)
    s.flush()
    return registration.id


def get_registration(db: Database, registration_id: uuid.UUID) -> RegistrationRecord:
    with db.read() as s:
        return read_registration(s, registration_id)


def read_registration(s: Session, registration_id: uuid.UUID) -> RegistrationRecord:
    """:func:`get_registration` inside the caller's unit of work."""
    return _load(s, registration_id)


def get_by_number(db: Database, number: str) -> RegistrationRecord:
    with db.read() as s:
        found = s.scalar(
            select(WarrantyRegistration.id).where(
                WarrantyRegistration.number == number.strip().upper(),
                ~WarrantyRegistration.deleted,
            )
        )
        if found is None:
            raise NotFound(
                _("There is no warranty certificate {number}.").format(
                    number=number.strip().upper()
                )
            )
        return _load(s, found)


def find_registration(db: Database, code: str) -> RegistrationRecord:
    """The registration a certificate number or a serial names. A text shaped like
    a certificate number (``LD01-WC-000042``) is looked up as one first; if no
    certificate has that number it is taken as a serial, since serials such as
    ``OLD-SN-1`` have the same shape."""
    if numbering.parse_number(code):
        try:
            return get_by_number(db, code)
        except NotFound:
            pass
    record = find_by_serial(db, code)
    if record is None:
        shown = code.strip().upper()
        if numbering.parse_number(code):
            raise NotFound(
                _(
                    "There is no warranty certificate {number}, and no registered unit has "
                    "that serial."
                ).format(number=shown)
            )
        raise NotFound(_("Serial {serial} has no warranty registration.").format(serial=shown))
    return record


def find_by_serial(db: Database, serial: str) -> RegistrationRecord | None:
    with db.read() as s:
        return read_by_serial(s, serial)


def read_by_serial(s: Session, serial: str) -> RegistrationRecord | None:
    """:func:`find_by_serial` inside the caller's unit of work."""
    try:
        serial = validation.serial(serial)
    except InvalidInput:
        return None
    row = s.execute(_record_query().where(Unit.serial == serial)).first()
    return RegistrationRecord(*row) if row else None


# -- coverage ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """The answer to "is this unit covered on this day?"."""

    serial: str
    on: dt.date
    status: CoverageStatus
    registration_id: uuid.UUID | None = None
    certificate_number: str = ""
    purchase_date: dt.date | None = None
    warranty_end: dt.date | None = None
    service_end: dt.date | None = None
    extension_months: int = 0
    void_reason: str | None = None

    @property
    def summary(self) -> str:
        """One line for the desk: "In warranty until 14 Mar 2026 (109 days left)"."""
        if self.status is CoverageStatus.NOT_REGISTERED:
            return _("Serial {serial} has no warranty registration.").format(serial=self.serial)
        if self.status is CoverageStatus.VOID:
            return _("Warranty void: {reason}.").format(reason=self.void_reason)
        if self.status is CoverageStatus.IN_WARRANTY:
            assert self.warranty_end is not None
            left = (self.warranty_end - self.on).days
            return _("In warranty until {date} ({left} days left).").format(
                date=validation.day(self.warranty_end), left=left
            )
        if self.status is CoverageStatus.SERVICE_PERIOD:
            assert self.warranty_end is not None and self.service_end is not None
            return _(
                "Warranty ended {warranty_end}; service period (chargeable) until {service_end}."
            ).format(
                warranty_end=validation.day(self.warranty_end),
                service_end=validation.day(self.service_end),
            )
        assert self.service_end is not None
        return _("Warranty and service period ended {date}.").format(
            date=validation.day(self.service_end)
        )


def coverage_of(record: RegistrationRecord, on: dt.date) -> Coverage:
    return Coverage(
        serial=record.serial,
        on=on,
        status=record.status_on(on),
        registration_id=record.id,
        certificate_number=record.number,
        purchase_date=record.purchase_date,
        warranty_end=record.warranty_end,
        service_end=record.service_end,
        extension_months=record.extension_months,
        void_reason=record.void_reason,
    )


def coverage(db: Database, serial: str, on: dt.date | None = None) -> Coverage:
    """Whether the unit with *serial* is covered on day *on* (today if not given):
    in warranty, in its service period (chargeable), expired, void (with the
    recorded reason), or not registered — with the end dates."""
    with db.read() as s:
        return read_coverage(s, serial, on)


def read_coverage(s: Session, serial: str, on: dt.date | None = None) -> Coverage:
    """:func:`coverage` inside the caller's unit of work."""
    on = on or dt.date.today()
    record = read_by_serial(s, serial)
    if record is None:
        return Coverage(validation.serial(serial), on, CoverageStatus.NOT_REGISTERED)
    check_bought_by(on, record.purchase_date)
    return coverage_of(record, on)


def check_bought_by(on: dt.date, purchase_date: dt.date) -> None:
    """Refuse to answer for a day before the unit was bought (a registration here or
    one the head office knows)."""
    if on < purchase_date:
        raise InvalidInput(
            _("{date} is before the unit was bought ({purchase_date}).").format(
                date=validation.day(on), purchase_date=validation.day(purchase_date)
            ),
            field="on",
        )


# -- changes after registration --------------------------------------------------------

_KEEP = object()


def _registration(s: Session, registration_id: uuid.UUID) -> WarrantyRegistration:
    registration = s.get(WarrantyRegistration, registration_id)
    if registration is None or registration.deleted:
        raise NotFound(_("That warranty registration does not exist."))
    return registration


def _reason(reason: str) -> str:
    return validation.required(reason, "reason", N_("reason for the change"))


def amend(
    db: Database,
    registration_id: uuid.UUID,
    *,
    reason: str,
    purchase_date: dt.date | None = None,
    customer_id: uuid.UUID | object | None = _KEEP,
    dealer: str | None = None,
    invoice_ref: str | None = None,
) -> RegistrationRecord:
    """Correct a registration (purchase date, owner, dealer, invoice). Each changed
    value is kept in the history with the old value, the new one and the reason."""
    reason = _reason(reason)
    with db.write() as s:
        registration = _registration(s, registration_id)
        changes: dict[str, tuple[object, object]] = {}
        if purchase_date is not None and purchase_date != registration.purchase_date:
            validation.past_date(purchase_date, "purchase_date", N_("purchase date"))
            if purchase_date > registration.registered_on:
                raise InvalidInput(
                    _("The purchase date cannot be after the registration date."),
                    field="purchase_date",
                )
            changes["purchase_date"] = (registration.purchase_date, purchase_date)
        if customer_id is not _KEEP and customer_id != registration.customer_id:
            if customer_id is not None:
                owner = s.get(Customer, customer_id)
                if owner is None or owner.deleted:
                    raise InvalidInput(_("The chosen customer no longer exists."), field="customer")
            changes["customer_id"] = (registration.customer_id, customer_id)
        for name, value, label, limit in (
            ("dealer", dealer, N_("dealer"), 200),
            ("invoice_ref", invoice_ref, N_("invoice ref"), 100),
        ):
            if value is not None:
                value = validation.limited(value, name, label, limit)
                if value != getattr(registration, name):
                    changes[name] = (getattr(registration, name), value)
        if not changes:
            raise InvalidInput(_("Nothing was changed."), field="reason")
        unit = s.get(Unit, registration.unit_id)
        for name, (old, new) in changes.items():
            setattr(registration, name, new)
            _event(
                s,
                db,
                registration.id,
                "amended",
                field=name,
                old_value=_shown(s, name, old),
                new_value=_shown(s, name, new),
                reason=reason,
            )
        if unit is not None and "purchase_date" in changes:
            unit.purchase_date = registration.purchase_date
        if unit is not None and "customer_id" in changes:
            unit.customer_id = registration.customer_id
        s.flush()
        return _load(s, registration.id)


def _shown(s: Session, field: str, value: object) -> str:
    """A history value as people read it (a customer's name, not its id)."""
    if value is None:
        return ""
    if field == "customer_id":
        owner = s.get(Customer, value)
        return f"{owner.name} ({owner.number})" if owner else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def extend(
    db: Database, registration_id: uuid.UUID, months: int, reason: str
) -> RegistrationRecord:
    """Add months to a warranty (the service period moves with it)."""
    months = _months(months, "months", N_("extension"), minimum=1)
    reason = _reason(reason)
    with db.write() as s:
        registration = _registration(s, registration_id)
        if registration.void_reason is not None:
            raise InvalidInput(
                _("This warranty is void; reinstate it before extending it."), field="months"
            )
        s.add(
            WarrantyExtension(
                registration_id=registration.id,
                months=months,
                reason=reason,
                granted_by=db.user,
                granted_on=dt.date.today(),
            )
        )
        _event(s, db, registration.id, "extended", new_value=f"+{months} months", reason=reason)
        s.flush()
        return _load(s, registration.id)


def void(
    db: Database, registration_id: uuid.UUID, reason: str, note: str = ""
) -> RegistrationRecord:
    """Refuse warranty on this unit for one of its policy's void conditions."""
    with db.write() as s:
        registration = _registration(s, registration_id)
        if registration.void_reason is not None:
            raise InvalidInput(
                _("This warranty is already void ({reason}).").format(
                    reason=registration.void_reason
                ),
                field="reason",
            )
        unit = s.get(Unit, registration.unit_id)
        policy = (
            s.scalar(select(WarrantyPolicy).where(WarrantyPolicy.product_id == unit.product_id))
            if unit
            else None
        )
        allowed = _conditions(policy.void_conditions) if policy else DEFAULT_VOID_CONDITIONS
        if reason not in allowed:
            raise InvalidInput(
                _("Choose the reason from the policy's list: {reasons}.").format(
                    reasons=validation.listed(allowed)
                ),
                field="reason",
            )
        registration.void_reason = reason
        registration.void_note = validation.lines_of_text(note, "note", N_("note"))
        registration.voided_on = dt.date.today()
        registration.voided_by = db.user
        _event(s, db, registration.id, "voided", new_value=reason, reason=registration.void_note)
        s.flush()
        return _load(s, registration.id)


def reinstate(db: Database, registration_id: uuid.UUID, reason: str) -> RegistrationRecord:
    """Undo a void (e.g. the damage turned out to be a manufacturing fault)."""
    reason = _reason(reason)
    with db.write() as s:
        registration = _registration(s, registration_id)
        if registration.void_reason is None:
            raise InvalidInput(_("This warranty is not void."), field="reason")
        _event(
            s, db, registration.id, "reinstated", old_value=registration.void_reason, reason=reason
        )
        registration.void_reason = None
        registration.void_note = ""
        registration.voided_on = None
        registration.voided_by = ""
        s.flush()
        return _load(s, registration.id)


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    kind: str
    field: str
    old_value: str
    new_value: str
    reason: str
    by: str

    @property
    def text(self) -> str:
        """The line as shown: "Purchase date changed from 2025-03-01 to 2025-03-14"."""
        if self.kind == "registered":
            return _("Registered as {number}").format(number=self.new_value)
        if self.kind == "amended":
            label = _FIELD_LABELS.get(self.field)
            return _("{label} changed from “{old}” to “{new}”").format(
                label=_(label) if label else self.field,
                old=self.old_value or "—",
                new=self.new_value or "—",
            )
        if self.kind == "extended":
            # Kept as "+3 months" (see :func:`extend`).
            months = self.new_value.lstrip("+").removesuffix(" months")
            if months.isdigit():
                return _("Extended by {months} months").format(months=months)
            return _("Extended by {value}").format(value=self.new_value.lstrip("+"))
        if self.kind == "voided":
            return _("Voided: {reason}").format(reason=self.new_value)
        if self.kind == "reinstated":
            return _("Reinstated (was void: {reason})").format(reason=self.old_value)
        return self.kind


_FIELD_LABELS = {
    "purchase_date": N_("Purchase date"),
    "customer_id": N_("Owner"),
    "dealer": N_("Dealer"),
    "invoice_ref": N_("Invoice reference"),
}


def history(db: Database, registration_id: uuid.UUID) -> list[HistoryLine]:
    """Everything that happened to a registration, oldest first (the registration
    itself is the first line)."""
    with db.read() as s:
        return read_history(s, registration_id)


def read_history(s: Session, registration_id: uuid.UUID) -> list[HistoryLine]:
    """:func:`history` inside the caller's unit of work."""
    registration = _registration(s, registration_id)
    first = HistoryLine(
        registration.created_at,
        "registered",
        "",
        "",
        registration.number,
        _(CHANNELS[registration.channel])
        if registration.channel in CHANNELS
        else registration.channel,
        registration.registered_by,
    )
    rows = s.execute(
        select(
            WarrantyEvent.created_at,
            WarrantyEvent.kind,
            WarrantyEvent.field,
            WarrantyEvent.old_value,
            WarrantyEvent.new_value,
            WarrantyEvent.reason,
            WarrantyEvent.by,
        )
        .where(WarrantyEvent.registration_id == registration_id)
        .order_by(WarrantyEvent.id)
    )
    return [first, *(HistoryLine(*row) for row in rows)]


@dataclass(frozen=True)
class RegistrationView:
    """What the registration's card shows."""

    record: RegistrationRecord
    history: list[HistoryLine]
    today: dt.date

    @property
    def status(self) -> CoverageStatus:
        return self.record.status_on(self.today)


def registration_view(db: Database, registration_id: uuid.UUID) -> RegistrationView:
    """A registration with its history, as of today, read in one session."""
    with db.read() as s:
        return RegistrationView(
            read_registration(s, registration_id),
            read_history(s, registration_id),
            dt.date.today(),
        )


# -- lists ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationRow:
    id: uuid.UUID
    number: str
    serial: str
    product_name: str
    customer_name: str
    purchase_date: dt.date
    warranty_end: dt.date
    dealer: str
    voided: bool
    service_end: dt.date | None = None

    def status_on(self, on: dt.date) -> CoverageStatus:
        """The row's coverage on day *on*, by the rule of :mod:`coverage` (a row made
        without its service end counts the service period as ending with the warranty)."""
        if self.voided:
            return CoverageStatus.VOID
        if on <= self.warranty_end:
            return CoverageStatus.IN_WARRANTY
        if on <= (self.service_end or self.warranty_end):
            return CoverageStatus.SERVICE_PERIOD
        return CoverageStatus.EXPIRED


def _search_filter(search: str):
    search = (search or "").strip()
    if not search:
        return None
    prefix = "".join(search.split()).upper()
    clauses = [
        WarrantyRegistration.number == prefix,
        (Unit.serial >= prefix) & (Unit.serial < prefix + "\U0010ffff"),
        WarrantyRegistration.dealer.ilike(f"%{search}%"),
        WarrantyRegistration.invoice_ref == search,
    ]
    owners = customers.matching_ids(search)
    if owners is not None:
        clauses.append(WarrantyRegistration.customer_id.in_(owners))
    return or_(*clauses)


def _list_base():
    return (
        select(WarrantyRegistration.id)
        .join(Unit, Unit.id == WarrantyRegistration.unit_id)
        .where(~WarrantyRegistration.deleted)
    )


def count_registrations(db: Database, search: str = "") -> int:
    query = select(func.count()).select_from(_list_base().subquery())
    where = _search_filter(search)
    if where is not None:
        query = select(func.count()).select_from(_list_base().where(where).subquery())
    with db.read() as s:
        return s.scalar(query) or 0


def list_registrations(
    db: Database, search: str = "", *, offset: int = 0, limit: int = 100
) -> list[RegistrationRow]:
    """One page of registrations matching *search* (certificate number, serial prefix,
    owner's details, dealer, invoice), newest first."""
    r = WarrantyRegistration
    query = (
        select(
            r.id,
            r.number,
            Unit.serial,
            Product.name,
            func.coalesce(Customer.name, ""),
            r.purchase_date,
            r.warranty_months,
            r.service_months,
            _extension_months(),
            r.dealer,
            r.void_reason.is_not(None),
        )
        .join(Unit, Unit.id == r.unit_id)
        .join(Product, Product.id == Unit.product_id)
        .outerjoin(Customer, Customer.id == r.customer_id)
        .where(~r.deleted)
        .order_by(r.id.desc())
        .offset(offset)
        .limit(limit)
    )
    where = _search_filter(search)
    if where is not None:
        query = query.where(where)
    with db.read() as s:
        rows = s.execute(query).all()
    page = []
    for rid, number, serial, product, owner, bought, months, service, extra, dealer, voided in rows:
        end = warranty_end(bought, months, extra)
        last = service_end(bought, months, service, extra)
        page.append(
            RegistrationRow(rid, number, serial, product, owner, bought, end, dealer, voided, last)
        )
    return page


def list_dealers(db: Database, *, limit: int = 1000) -> list[str]:
    """The dealers named on registrations, alphabetically (to choose a dealer's
    delivery for batch printing, or to complete a dealer's name as it is typed)."""
    query = values_in_order(WarrantyRegistration.dealer, ~WarrantyRegistration.deleted, limit=limit)
    with db.read() as s:
        return list(s.scalars(query))


def products_without_policy(db: Database) -> list[products.ProductRecord]:
    """Catalogue products that have no warranty policy yet: their units cannot be
    registered until one is set."""
    has_policy = (
        select(WarrantyPolicy.id)
        .where(WarrantyPolicy.product_id == Product.id, ~WarrantyPolicy.deleted)
        .exists()
    )
    query = select(Product).where(~Product.deleted, ~has_policy).order_by(Product.name)
    with db.read() as s:
        return [
            products.ProductRecord(p.id, p.sku, p.name, p.brand, p.model, p.category)
            for p in s.scalars(query)
        ]


def registrations_for_batch(
    db: Database,
    *,
    dealer: str = "",
    invoice_ref: str = "",
    registered_from: dt.date | None = None,
    registered_to: dt.date | None = None,
) -> list[uuid.UUID]:
    """The registrations of a dealer's delivery (by dealer, invoice and/or dates), in
    certificate-number order, for printing their certificates in one batch. Void
    warranties are left out: their certificates are not valid."""
    query = select(WarrantyRegistration.id).where(
        ~WarrantyRegistration.deleted, WarrantyRegistration.void_reason.is_(None)
    )
    if dealer.strip():
        query = query.where(WarrantyRegistration.dealer == dealer.strip())
    if invoice_ref.strip():
        query = query.where(WarrantyRegistration.invoice_ref == invoice_ref.strip())
    if registered_from:
        query = query.where(WarrantyRegistration.registered_on >= registered_from)
    if registered_to:
        query = query.where(WarrantyRegistration.registered_on <= registered_to)
    with db.read() as s:
        return list(s.scalars(query.order_by(WarrantyRegistration.number)))


# -- certificates ------------------------------------------------------------------------


def _certificate(
    record: RegistrationRecord, policy: PolicyRecord | None, centre: CentreHeader, today: dt.date
) -> CertificateData:
    return CertificateData(
        number=record.number,
        centre=centre,
        product_name=record.product_name,
        product_sku=record.product_sku,
        brand=record.product_brand,
        model=record.product_model,
        serial=record.serial,
        customer_name=record.customer_name,
        customer_address=record.customer_address,
        customer_phone=record.customer_phone,
        purchase_date=record.purchase_date,
        warranty_end=record.warranty_end,
        service_end=record.service_end,
        warranty_months=record.warranty_months,
        service_months=record.service_months,
        extension_months=record.extension_months,
        dealer=record.dealer,
        invoice_ref=record.invoice_ref,
        registered_on=record.registered_on,
        issued_on=today,
        terms=policy.terms if policy else "",
        void_conditions=policy.void_conditions if policy else DEFAULT_VOID_CONDITIONS,
        return_days=policy.return_days if policy else None,
        exchange_days=policy.exchange_days if policy else None,
        repairs_before_exchange=policy.repairs_before_exchange if policy else None,
    )


def centre_header(db: Database) -> CentreHeader:
    """The centre as printed at the top of its documents, with the language they
    print in (see services/documents.py) and its own terms in that language."""
    from fieldservice.services import documents

    info = site.current_site(db)
    settings = documents.document_settings(db)
    return CentreHeader(
        info.code,
        info.name,
        info.address,
        info.phone,
        info.email,
        language=settings.language,
        bilingual=settings.bilingual,
        terms=settings.terms_in(),
        currency=documents.currency_of_country(info.country),
    )


def certificate_data(db: Database, registration_id: uuid.UUID) -> CertificateData:
    """Everything printed on the certificate of one registration."""
    return next(certificates(db, [registration_id]))


def certificates(
    db: Database, registration_ids: Iterable[uuid.UUID], *, chunk: int = 200
) -> Iterator[CertificateData]:
    """Certificate data for many registrations, read in chunks (batch printing)."""
    centre = centre_header(db)
    today = dt.date.today()
    ids = list(registration_ids)
    policies = {p.product_id: p for p in list_policies(db)}
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        with db.read() as s:
            rows = s.execute(_record_query().where(WarrantyRegistration.id.in_(part)))
            by_id = {row[0]: RegistrationRecord(*row) for row in rows}
        for rid in part:
            if rid not in by_id:
                raise NotFound("A registration to print no longer exists.")
            record = by_id[rid]
            yield _certificate(record, policies.get(record.product_id), centre, today)


def certificate_pdf(db: Database, registration_id: uuid.UUID) -> bytes:
    """The printed certificate of one registration: a one-page A4 PDF."""
    # ReportLab is loaded when the first certificate is printed, not at start-up.
    from fieldservice.printing.certificates import render_certificate

    out = io.BytesIO()
    render_certificate(certificate_data(db, registration_id), out)
    return out.getvalue()


def write_certificates(
    db: Database, registration_ids: Sequence[uuid.UUID], out: str | os.PathLike[str]
) -> Iterator[tuple[int, int | None]]:
    """Write the certificates of *registration_ids* into one PDF at *out*, one per
    page, yielding ``(pages done, pages in all)`` after each page. Stopping before
    the end (closing the generator) leaves no file at *out*."""
    from fieldservice.printing.certificates import render_batch

    yield from render_batch(certificates(db, registration_ids), out, len(registration_ids))


# -- desk look-up ------------------------------------------------------------------------


def _find_certificate(db: Database, number: str) -> lookup.LookupResult | None:
    try:
        record = get_by_number(db, number)
    except NotFound:
        return None
    return lookup.LookupResult(
        number, "warranty", record.id, f"{record.product_name} · {record.serial}"
    )


lookup.register_document_kind(NUMBER_KIND, _find_certificate)
