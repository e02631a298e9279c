"""The product catalogue.

The head office publishes it. A centre may still add a product the head office has
not published (a unit came in whose model is not in the catalogue yet): that
product and its warranty policy are the centre's proposal, changed only here, until
the head office publishes the code; then they are the head office's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fieldservice.db import HEAD_OFFICE_SITE, HEAD_OFFICE_URL_SETTING, Database
from fieldservice.errors import AlreadyExists, InvalidInput, NotFound
from fieldservice.i18n import N_, _
from fieldservice.models import LocalSetting, Product
from fieldservice.services import search as search_index
from fieldservice.services import validation


@dataclass(frozen=True)
class ProductDraft:
    sku: str
    name: str
    brand: str = ""
    model: str = ""
    category: str = ""


@dataclass(frozen=True)
class ProductRecord:
    id: uuid.UUID
    sku: str
    name: str
    brand: str
    model: str
    category: str

    @property
    def label(self) -> str:
        """How the product is named on screens and paper: "Brand Name (SKU)"."""
        return f"{self.name} ({self.sku})"


def _record(p: Product) -> ProductRecord:
    return ProductRecord(p.id, p.sku, p.name, p.brand, p.model, p.category)


# The words naming the catalogue's optional fields in a message.
_FIELD_LABELS = {"brand": N_("brand"), "model": N_("model"), "category": N_("category")}


def _clean(draft: ProductDraft) -> dict[str, str]:
    """Check every field; every problem found is raised at once, each naming its field."""
    problems = validation.Problems()
    values: dict[str, str] = {}
    with problems.collected():
        sku = validation.required(draft.sku, "sku", N_("product code (SKU)")).upper()
        values["sku"] = validation.limited(sku, "sku", N_("product code"), 64)
    with problems.collected():
        values["name"] = validation.limited(
            validation.required(draft.name, "name", N_("product name")), "name", N_("name"), 200
        )
    for field, label in _FIELD_LABELS.items():
        with problems.collected():
            values[field] = validation.limited(getattr(draft, field), field, label, 100)
    problems.raise_any()
    return values


def _check_unique_sku(s: Session, sku: str, other_than: uuid.UUID | None) -> None:
    existing = s.scalar(select(Product).where(Product.sku == sku))
    if existing is not None and existing.id != other_than:
        raise AlreadyExists(
            _("Product code {sku} is already used by “{name}”.").format(
                sku=sku, name=existing.name
            ),
            field="sku",
            existing_id=existing.id,
        )


def create_product(db: Database, draft: ProductDraft) -> ProductRecord:
    values = _clean(draft)
    with db.write() as s:
        _check_unique_sku(s, values["sku"], None)
        product = Product(**values)
        s.add(product)
        s.flush()
        return _record(product)


def check_may_change(s: Session, site_code: str, product: Product, what: str = "it") -> None:
    """A centre enrolled with a head office changes only the products it proposed
    itself (added while the head office had not published them), and their
    warranty policies, until the head office publishes them; the head office would
    refuse any other change at the next sync.

    *what* names what may not be changed when it is not the product itself ("it"):
    an English noun marked with ``N_`` by the caller (``N_("its warranty policy")``),
    translated here."""
    if product.origin_site in (None, site_code):
        return
    enrolled = s.scalar(
        select(LocalSetting.value).where(LocalSetting.key == HEAD_OFFICE_URL_SETTING)
    )
    if not enrolled:
        return
    if product.origin_site == HEAD_OFFICE_SITE:
        if what == "it":
            message = _("The head office publishes SKU {sku}; ask it to change it.")
        else:
            message = _("The head office publishes SKU {sku}; ask it to change {what}.")
    elif what == "it":
        message = _(
            "Centre {centre} proposed SKU {sku}; until the head office "
            "publishes it, ask that centre to change it."
        )
    else:
        message = _(
            "Centre {centre} proposed SKU {sku}; until the head office "
            "publishes it, ask that centre to change {what}."
        )
    raise InvalidInput(
        message.format(sku=product.sku, centre=product.origin_site, what=_(what)),
        field="sku",
    )


def update_product(db: Database, product_id: uuid.UUID, draft: ProductDraft) -> ProductRecord:
    """Change a product. Once the centre is enrolled, only a product it proposed
    itself (and the head office has not published yet) can be changed here."""
    values = _clean(draft)
    with db.write() as s:
        product = _get(s, product_id)
        check_may_change(s, db.require_site(), product)
        _check_unique_sku(s, values["sku"], product.id)
        for key, value in values.items():
            if getattr(product, key) != value:
                setattr(product, key, value)
        s.flush()
        return _record(product)


def _get(s: Session, product_id: uuid.UUID) -> Product:
    product = s.get(Product, product_id)
    if product is None or product.deleted:
        raise NotFound(_("That product is not in the catalogue."))
    return product


def get_product(db: Database, product_id: uuid.UUID) -> ProductRecord:
    with db.read() as s:
        return _record(_get(s, product_id))


def get_product_by_sku(db: Database, sku: str) -> ProductRecord:
    with db.read() as s:
        product = s.scalar(
            select(Product).where(Product.sku == sku.strip().upper(), ~Product.deleted)
        )
        if product is None:
            raise NotFound(
                _("There is no product with the code {sku}.").format(sku=sku.strip().upper())
            )
        return _record(product)


def list_products(db: Database, search: str = "", *, limit: int = 500) -> list[ProductRecord]:
    """Products whose code, name, brand, model or category contains *search*."""
    query = select(Product).where(~Product.deleted).order_by(Product.name).limit(limit)
    search = (search or "").strip()
    if search:
        pattern = f"%{search}%"
        # Chinese names in either script, in pinyin, and any part of them.
        chinese = search_index.chinese_filter("product", search)
        query = query.where(
            or_(
                Product.sku.ilike(pattern),
                Product.name.ilike(pattern),
                Product.brand.ilike(pattern),
                Product.model.ilike(pattern),
                Product.category.ilike(pattern),
                *([chinese] if chinese is not None else []),
            )
        )
    with db.read() as s:
        return [_record(p) for p in s.scalars(query)]


def count_products(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Product).where(~Product.deleted)) or 0
