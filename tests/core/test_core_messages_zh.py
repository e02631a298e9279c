"""The core's refusals and sentences in Chinese: with the program's language set to
zh_CN or zh_TW, what the services say comes out in that language (Taiwan's own
words for zh_TW, not Simplified characters converted), and nothing English is
left but codes and the values put into the message."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from fieldservice import i18n
from fieldservice.errors import FieldServiceError
from fieldservice.services import (
    customers,
    followups,
    lookup,
    maintenance,
    products,
    repairs,
    site,
)
from fieldservice.services.coverage import CoverageStatus


@pytest.fixture
def speak():
    """Set the program's language for the test; English again afterwards."""
    try:
        yield i18n.use_language
    finally:
        i18n.use_language("en")


def refusal(call, *args, **kwargs) -> str:
    with pytest.raises(FieldServiceError) as refused:
        call(*args, **kwargs)
    return str(refused.value)


def english_left(text: str, *values: str) -> list[str]:
    """The runs of Latin letters in *text* once the *values* put into it are taken out."""
    for value in values:
        text = text.replace(value, "")
    return re.findall(r"[A-Za-z]+", text)


# (zh_CN, zh_TW) of the words each refusal must use.
WORDS = {
    "no_customer": ("找不到客户", "找不到客戶"),
    "no_order": ("找不到维修工单", "找不到維修工單"),
    "move": ("只能改为", "只能改為"),
    "received": ("已接修", "已收件"),
    "ready": ("待取机", "待取件"),
    "interval": ("重复间隔", "重複間隔"),
    "days": ("回访", "回訪"),
    "no_product": ("产品编码", "產品代碼"),
    "country": ("国家代码", "國家代碼"),
    "warranty": ("保修至", "保固至"),
    "in_warranty": ("保修期内", "保固期內"),
    "name": ("客户姓名", "客戶姓名"),
}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_refusals_of_the_services_come_out_in_chinese(db, bench_order, speak, language):
    words = {key: pair[language == "zh_TW"] for key, pair in WORDS.items()}
    speak(language)

    text = refusal(customers.get_customer_by_number, db, "LD01-CU-999999")
    assert words["no_customer"] in text
    assert english_left(text, "LD01-CU-999999") == []

    text = refusal(repairs.get_order_by_number, db, "LD01-RO-999999")
    assert words["no_order"] in text
    assert english_left(text, "LD01-RO-999999") == []

    # A repair order just received cannot be ready for pickup yet.
    text = refusal(repairs.move, db, bench_order.id, "ready")
    assert words["move"] in text and words["received"] in text and words["ready"] in text
    assert english_left(text, bench_order.number) == []

    draft = maintenance.PlanDraft(bench_order.unit_id, "Filter", interval_count=0)
    text = refusal(maintenance.create_plan, db, draft)
    assert words["interval"] in text
    assert english_left(text) == []

    text = refusal(followups.set_follow_up_days, db, 99)
    assert words["days"] in text
    assert english_left(text) == []

    text = refusal(products.get_product_by_sku, db, "nope-1")
    assert words["no_product"] in text
    assert english_left(text, "NOPE-1") == []

    text = refusal(site.setup_site, db, "LD01", "Leeds", country="XX")
    assert words["country"] in text
    assert english_left(text, "XX", "GB", "DE", "CN") == []

    # The label of an empty customer name is the customer's, in Chinese.
    text = refusal(customers.create_customer, db, customers.CustomerDraft(""))
    assert words["name"] in text


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_coverage_sentence_of_a_unit_at_another_centre_is_in_chinese(speak, language):
    words = {key: pair[language == "zh_TW"] for key, pair in WORDS.items()}
    remote = lookup.RemoteUnit(
        serial="AQD-1001",
        centre="YK01",
        product_sku="AQU-DW600",
        product_name="Aqualine DW600",
        certificate_number="YK01-WC-000007",
        registered_at="YK01",
        purchase_date=dt.date(2025, 3, 14),
        warranty_months=24,
        service_months=36,
        extension_months=0,
        dealer="",
        void_reason=None,
    )
    speak(language)
    text = remote.summary(dt.date(2026, 1, 5))
    assert words["in_warranty"] in text and words["warranty"] in text
    assert "2027年3月14日" in text  # the warranty's end, as dates are written in Chinese
    assert english_left(text, "Aqualine DW600", "AQU-DW600", "YK01-WC-000007", "YK01") == []
    assert CoverageStatus.IN_WARRANTY.label == words["in_warranty"]


def test_english_stays_as_it_was(db, bench_order, speak):
    speak("en")
    text = refusal(repairs.move, db, bench_order.id, "ready")
    assert text == (
        f"Order {bench_order.number} is received: it can go to diagnosing, cancelled, "
        "not to ready for pickup."
    )
    assert refusal(followups.set_follow_up_days, db, 99) == "Call back 0 to 60 days after delivery."


@pytest.fixture
def bench_order(db, janes_warranty):
    return repairs.open_order(db, repairs.IntakeDraft(janes_warranty.unit_id, "Does not drain"))
