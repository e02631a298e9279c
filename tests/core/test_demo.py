"""The demo data as a service manager trying the product would read it: parts that
fit the products they are listed for, maintenance dates in order, repair orders
whose steps follow one another."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import phonenumbers
import pytest
from sqlalchemy import select

from fieldservice import demo
from fieldservice.db import Database
from fieldservice.demo import chinese, english
from fieldservice.models import (
    Customer,
    MaintenancePlan,
    Part,
    PartCompatibility,
    Product,
    RepairOrder,
    StockBalance,
    StockMovement,
    Unit,
    WarrantyPolicy,
    WarrantyRegistration,
)
from fieldservice.progress import run_to_end
from fieldservice.services import site, validation

# Parts a customer would laugh at on the wrong product, and what they do fit.
WHAT_THEY_FIT = {
    "Door seal": {"Washing machines", "Dishwashers", "Refrigeration"},
    "Drum bearing kit": {"Washing machines", "Tumble dryers"},
    "Drain pump": {"Washing machines", "Dishwashers"},
    "Drain hose": {"Washing machines", "Dishwashers"},
    "Pump gasket": {"Coffee machines"},
    "Compressor": {"Refrigeration", "Air conditioning", "Heating"},
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = Database.open(path=tmp_path_factory.mktemp("demo") / "fieldservice.sqlite3")
    site.setup_site(db, "LD01", "Leeds Service Centre", country="GB")
    size = demo.DemoSize(customers=300, units=800, parts=150, movements=300, orders=300)
    run_to_end(demo.generate(db, size))
    yield db
    db.close()


def _fits(db):
    with db.read() as s:
        return s.execute(
            select(Part.part_number, Part.description, Product.category, Product.brand)
            .join(PartCompatibility, PartCompatibility.part_id == Part.id)
            .join(Product, Product.id == PartCompatibility.product_id)
        ).all()


def test_no_door_seal_or_drum_bearing_is_listed_for_an_air_conditioner(demo_db):
    fits = _fits(demo_db)
    assert fits
    wrong = [
        (number, description, category)
        for number, description, category, _brand in fits
        for name, families in WHAT_THEY_FIT.items()
        if description.startswith(name + " ") and category not in families
    ]
    assert wrong == []


def test_every_part_fits_products_of_one_family_it_is_made_for(demo_db):
    made_for = {name: set(categories) for _p, name, _u, _c, categories in demo.PART_KINDS}
    families = defaultdict(set)
    for number, description, category, brand in _fits(demo_db):
        name = description.rsplit(" ", 1)[0]
        assert category in made_for[name], f"{number} {description} listed for {category}"
        families[number].add((category, brand))
    assert all(len(family) == 1 for family in families.values())


def test_every_plan_is_next_due_after_it_was_last_done(demo_db):
    with demo_db.read() as s:
        plans = s.execute(
            select(
                MaintenancePlan.name,
                MaintenancePlan.start_on,
                MaintenancePlan.last_done_on,
                MaintenancePlan.due_on,
            )
        ).all()
    assert plans
    today = dt.date.today()
    for name, start, last, due in plans:
        assert last is not None and due is not None
        assert start <= last <= today, (name, start, last)
        assert due > last, f"{name}: next due {due} but last done {last}"
    # Some plans are overdue, as at any real centre; still done before they fell due.
    assert any(due < today for *_, due in plans)


def test_repair_order_steps_follow_one_another(demo_db):
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with demo_db.read() as s:
        orders = s.execute(
            select(
                RepairOrder.number,
                RepairOrder.created_at,
                RepairOrder.responded_at,
                RepairOrder.resolved_at,
                RepairOrder.delivered_at,
                RepairOrder.waiting_since,
            )
        ).all()
    assert orders

    def naive(moment):
        return None if moment is None else moment.replace(tzinfo=None)

    for number, *steps in orders:
        opened, responded, resolved, delivered, waiting = (naive(m) for m in steps)
        in_order = [m for m in (opened, responded, resolved, delivered) if m is not None]
        assert in_order == sorted(in_order), number
        assert in_order[-1] <= now + dt.timedelta(minutes=1), number
        assert waiting is None or opened <= waiting, number


def test_parts_issued_to_an_order_fit_the_product_in_for_repair(demo_db):
    with demo_db.read() as s:
        issued = s.execute(
            select(
                RepairOrder.number,
                RepairOrder.status,
                RepairOrder.created_at,
                StockMovement.created_at,
                StockMovement.part_id,
                RepairOrder.product_id,
            ).join(RepairOrder, RepairOrder.id == StockMovement.order_id)
        ).all()
        fitting = set(s.execute(select(PartCompatibility.part_id, PartCompatibility.product_id)))
        shelves = s.scalars(select(StockBalance.on_hand)).all()
    assert issued  # finished repairs used parts
    for number, status, opened, taken, part_id, product_id in issued:
        assert (part_id, product_id) in fitting, number
        assert status in demo.PARTS_USED, number
        assert opened.replace(tzinfo=None) <= taken.replace(tzinfo=None), number
    assert min(shelves) >= 0  # nothing issued that was not on the shelf


# -- the demo centre in the centre's country ------------------------------------------

CJK = re.compile(r"[\u4e00-\u9fff]")
CHINESE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
ONLY_SIMPLIFIED = "区门机电"
ONLY_TRADITIONAL = "區門機電"


def _centre(tmp_path_factory, country: str) -> Database:
    db = Database.open(path=tmp_path_factory.mktemp(f"demo-{country}") / "fieldservice.sqlite3")
    site.setup_site(db, "SC01", "Service Centre", country=country)
    size = demo.DemoSize(customers=120, units=400, parts=60, movements=80, orders=200, plans=40)
    run_to_end(demo.generate(db, size))
    return db


@pytest.fixture(scope="module")
def cn_db(tmp_path_factory):
    db = _centre(tmp_path_factory, "CN")
    yield db
    db.close()


@pytest.fixture(scope="module")
def tw_db(tmp_path_factory):
    db = _centre(tmp_path_factory, "TW")
    yield db
    db.close()


@pytest.fixture(scope="module")
def hk_db(tmp_path_factory):
    db = _centre(tmp_path_factory, "HK")
    yield db
    db.close()


def _customers(db):
    with db.read() as s:
        return s.execute(
            select(
                Customer.name, Customer.company, Customer.phone, Customer.phone_key,
                Customer.email, Customer.address,
            )
        ).all()  # fmt: skip


def _texts(db) -> dict[str, list[str]]:
    """Every demo text a service manager reads, by what it is."""
    with db.read() as s:
        return {
            "products": list(s.scalars(select(Product.name))),
            "categories": list(s.scalars(select(Product.category))),
            "parts": list(s.scalars(select(Part.description))),
            "suppliers": list(s.scalars(select(Part.supplier))),
            "faults": list(s.scalars(select(RepairOrder.fault_reported))),
            "diagnoses": [d for d in s.scalars(select(RepairOrder.diagnosis)) if d],
            "work": [w for w in s.scalars(select(RepairOrder.work_done)) if w],
            "technicians": [t for t in s.scalars(select(RepairOrder.technician)) if t],
            "plans": list(s.scalars(select(MaintenancePlan.name))),
            "areas": list(s.scalars(select(MaintenancePlan.area))),
            "dealers": list(s.scalars(select(WarrantyRegistration.dealer))),
            "terms": list(s.scalars(select(WarrantyPolicy.terms))),
        }


def _check_phones(rows, region: str) -> None:
    for _name, _company, phone, key, _email, _address in rows:
        assert validation.phone(phone, region) == (phone, key), phone
        assert phonenumbers.number_type(phonenumbers.parse(key)) == (
            phonenumbers.PhoneNumberType.MOBILE
        ), phone


def test_a_mainland_centre_has_customers_with_chinese_names_and_addresses(cn_db):
    rows = _customers(cn_db)
    assert len(rows) == 120
    for name, company, _phone, key, email, address in rows:
        assert CHINESE_NAME.match(name), name
        assert company == "" or CJK.search(company), company
        assert "市" in address and "区" in address, address
        assert address.index("市") < address.index("区") < address.index("号"), address
        # Mobiles of the three carriers: 11 digits, 13x, 15x, 17x, 18x, 19x.
        assert re.fullmatch(r"\+861[3-9]\d{9}", key), key
        assert email == "" or validation.email(email) == email
    assert len({address.split("市")[0] for *_, address in rows}) >= 5  # several cities
    assert any("@" in email for *_, email, _a in rows)
    _check_phones(rows, "CN")


def test_a_mainland_centre_sells_repairs_and_plans_in_chinese(cn_db):
    texts = _texts(cn_db)
    for what, values in texts.items():
        assert values, what
        assert all(CJK.search(v) for v in values), (what, [v for v in values if not CJK.search(v)])
    assert all(ch not in "".join(texts["products"]) for ch in ONLY_TRADITIONAL)
    assert "华康滚筒洗衣机 XQG100" in texts["products"]
    with cn_db.read() as s:
        skus = list(s.scalars(select(Product.sku)))
        numbers = list(s.scalars(select(Part.part_number)))
        serials = list(s.scalars(select(Unit.serial)))
    assert "HKA-XQG100" in skus
    assert all(code.isascii() for code in skus + numbers + serials)  # codes are scanned
    with cn_db.read() as s:
        part_units = set(s.scalars(select(Part.unit)))
    assert part_units == {"个", "米"}  # a unit of measure, as the clerk writes it


def test_a_mainland_washing_machine_has_washing_machine_parts_and_faults(cn_db):
    kinds = {chinese.PARTS[prefix]: set(fits) for prefix, _n, _u, _c, fits in demo.PART_KINDS}
    keys = {label: key for key, label in chinese.CATEGORIES.items()}
    fits = _fits(cn_db)
    assert fits
    washer_parts = set()
    for number, description, category, brand in fits:
        name = description.rsplit(" ", 1)[0]
        assert keys[category] in kinds[name], f"{number} {description} listed for {category}"
        assert brand in {"华康", "美嘉", "雪川", "东润", "瑞风", "洁宝", "劲力", "泰动"}
        if category == "洗衣机":
            washer_parts.add(name)
    assert washer_parts
    assert washer_parts <= {"排水泵", "传动皮带", "门封圈", "主控板", "加热管", "进水阀",
                            "排水管", "滚筒轴承套件"}  # fmt: skip
    with cn_db.read() as s:
        orders = s.execute(
            select(Product.category, RepairOrder.fault_reported, RepairOrder.diagnosis).join(
                Product, Product.id == RepairOrder.product_id
            )
        ).all()
    for category, fault, diagnosis in orders:
        # The fault a customer of this product reports, and what the technician found.
        known = chinese.FAULTS.get(keys[category], chinese.GENERIC_FAULTS)
        assert fault in {f for f, _d, _w in known}, (category, fault)
        assert diagnosis in {d for f, d, _w in known if f == fault} | {""}, (fault, diagnosis)
    assert any(category == "洗衣机" for category, *_ in orders)


def test_a_taiwan_centre_writes_traditional_chinese(tw_db):
    rows = _customers(tw_db)
    names = [name for name, *_ in rows]
    addresses = [address for *_, address in rows]
    texts = _texts(tw_db)
    everything = "".join(names + addresses + [v for values in texts.values() for v in values])
    for ch in ONLY_SIMPLIFIED:
        assert ch not in everything, ch
    for ch in ONLY_TRADITIONAL:
        assert ch in everything, ch
    assert all(CHINESE_NAME.match(name) for name in names)
    assert all(re.match(r"\d{3}(台北|新北|桃園|新竹|台中|台南|高雄)市", a) for a in addresses)
    assert all("區" in a for a in addresses)
    assert all(re.fullmatch(r"09\d\d \d{3} \d{3}", phone) for _n, _c, phone, *_ in rows)
    _check_phones(rows, "TW")


def test_a_hong_kong_centre_has_hong_kong_addresses_and_mobiles(hk_db):
    rows = _customers(hk_db)
    texts = _texts(hk_db)
    everything = "".join(
        [name + address for name, *_, address in rows] + texts["products"] + texts["parts"]
    )
    assert not any(ch in everything for ch in ONLY_SIMPLIFIED)
    assert all(address.startswith("香港") for *_, address in rows)
    assert any("九龍" in address for *_, address in rows)
    assert all(re.fullmatch(r"[569]\d{3} \d{4}", phone) for _n, _c, phone, *_ in rows)
    _check_phones(rows, "HK")


def test_a_british_centre_keeps_the_english_demo(demo_db):
    assert demo.words_for("GB") is demo.words_for("DE") is english.ENGLISH
    with demo_db.read() as s:
        first = s.execute(
            select(Customer.name, Customer.phone, Customer.address)
            .order_by(Customer.number)
            .limit(2)
        ).all()
        products = set(s.scalars(select(Product.name)))
    # The same seed, the same centre as before the demo spoke Chinese.
    assert [tuple(r) for r in first] == [
        ("Grace Mason", "07400 953893", "211 Green Lane\nBristol BS4 6YB"),
        ("George Wilson", "07400 129815", "62 Station Road\nBristol BS18 7BY"),
    ]
    assert "Aqualine Washing Machine WM300" in products
    assert not any(CJK.search(name) for name in products)
    texts = _texts(demo_db)
    assert not any(CJK.search(v) for what in ("faults", "plans", "parts") for v in texts[what])


def test_the_trial_head_office_catalogue_follows_the_country():
    assert "Aqualine Washing Machine WM300" in demo.catalogue_csv().decode()
    assert demo.catalogue_csv() == demo.catalogue_csv("GB")
    cn = demo.catalogue_csv("CN").decode()
    assert "HKA-XQG100,华康滚筒洗衣机 XQG100,华康,XQG100,洗衣机" in cn
    assert "華康滾筒洗衣機 XQG100" in demo.catalogue_csv("TW").decode()
