"""三包 at the desk: refund within 7 days, exchange within 15, repair in warranty, and
an exchange once the same fault is back after two repairs."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3

import pypdfium2 as pdfium
import pytest

from fieldservice import i18n
from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.models import RepairOrder
from fieldservice.services import documents, repairs, warranty
from fieldservice.services.repairs import IntakeDraft
from fieldservice.services.sanbao import SanbaoTerms, day_after_purchase, rights_on
from tests.conftest import bought, database_at

SANBAO = SanbaoTerms(return_days=7, exchange_days=15, repairs_before_exchange=2)
BOUGHT = dt.date(2026, 3, 1)


def day(n: int) -> dt.date:
    """Day *n* after the purchase (the purchase day is day 1)."""
    return BOUGHT + dt.timedelta(days=n - 1)


def decisions(on: dt.date, *, in_warranty: bool = True, repaired=(), terms=SANBAO) -> set[str]:
    rights = rights_on(terms, BOUGHT, on, in_warranty=in_warranty, same_fault_repairs=repaired)
    return {r.decision for r in rights}


# -- the rule ---------------------------------------------------------------------------------


def test_the_purchase_day_is_day_one():
    assert day_after_purchase(BOUGHT, BOUGHT) == 1
    assert day_after_purchase(BOUGHT, day(15)) == 15


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, {"refund", "exchange", "repair"}),
        (7, {"refund", "exchange", "repair"}),
        (8, {"exchange", "repair"}),
        (15, {"exchange", "repair"}),
        (16, {"repair"}),
        (200, {"repair"}),
    ],
)
def test_the_rights_on_the_boundary_days(n, expected):
    assert decisions(day(n)) == expected


def test_each_right_says_why_in_words():
    rights = {r.decision: r.reason for r in rights_on(SANBAO, BOUGHT, day(5), in_warranty=True)}
    assert rights["refund"].startswith("Day 5 after purchase")
    assert "7 days" in rights["refund"]
    assert "15 days" in rights["exchange"]
    assert rights["repair"] == "In warranty: repaired free of charge."


def test_the_reasons_are_in_the_programs_language():
    i18n.use_language("zh_CN")
    try:
        rights = rights_on(SANBAO, BOUGHT, day(5), in_warranty=True)
        label = rights[0].label
    finally:
        i18n.use_language("en")
    assert rights[0].reason == "购买后第5天：7日内出现性能故障可退货。"
    assert label == "退货"


def test_after_the_second_repair_of_the_same_fault_an_exchange_or_refund_is_due():
    assert decisions(day(100), repaired=("RO-1",)) == {"repair"}
    assert decisions(day(100), repaired=("RO-1", "RO-2")) == {"refund", "exchange", "repair"}
    reasons = {
        r.decision: r.reason
        for r in rights_on(
            SANBAO, BOUGHT, day(100), in_warranty=True, same_fault_repairs=("RO-1", "RO-2")
        )
    }
    assert reasons["exchange"] == (
        "Repaired 2 times for the same fault (RO-1, RO-2) and still faulty: exchange or refund."
    )


def test_within_seven_days_the_refund_reason_is_the_seven_days():
    rights = rights_on(SANBAO, BOUGHT, day(3), in_warranty=True, same_fault_repairs=("A", "B"))
    assert "Day 3" in next(r.reason for r in rights if r.decision == "refund")


def test_a_policy_without_sanbao_gives_no_rights():
    assert decisions(day(1), terms=SanbaoTerms()) == set()
    assert not SanbaoTerms().applies


def test_out_of_warranty_or_void_there_are_no_rights():
    assert decisions(day(3), in_warranty=False) == set()


def test_only_the_windows_a_policy_sets_apply():
    assert decisions(day(3), terms=SanbaoTerms(exchange_days=15)) == {"exchange", "repair"}
    assert decisions(day(3), terms=SanbaoTerms(repairs_before_exchange=2)) == {"repair"}


# -- the policy --------------------------------------------------------------------------------


def test_a_policy_keeps_its_sanbao_windows(db, kettle):
    policy = warranty.get_policy(db, kettle.id)
    assert (policy.return_days, policy.exchange_days, policy.repairs_before_exchange) == (7, 15, 2)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"return_days": 0}, "return_days"),
        ({"exchange_days": 400}, "exchange_days"),
        ({"return_days": 15, "exchange_days": 7}, "exchange_days"),
        ({"repairs_before_exchange": 0}, "repairs_before_exchange"),
    ],
)
def test_wrong_sanbao_windows_are_refused_beside_their_field(db, kettle, values, field):
    with pytest.raises(InvalidInput) as refused:
        warranty.set_policy(db, warranty.PolicyDraft(kettle.id, 12, **values))
    assert refused.value.field == field


# -- at intake ---------------------------------------------------------------------------------


def test_the_desk_sees_the_rights_of_a_unit_bought_five_days_ago(db, kettle):
    unit = bought(db, kettle, "K-0005", 4)
    today = repairs.sanbao_today(db, unit.id)
    assert today.day == 5
    assert [r.decision for r in today.rights] == ["refund", "exchange", "repair"]


def test_a_decision_taken_at_intake_is_kept_on_the_order_with_its_reason(db, kettle):
    unit = bought(db, kettle, "K-0010", 9)  # day 10
    order = repairs.open_order(db, IntakeDraft(unit.id, "不加热", sanbao_decision="exchange"))
    again = repairs.get_order(db, order.id)
    assert again.sanbao_decision == "exchange"
    assert again.sanbao_reason.startswith("Day 10 after purchase")
    assert again.sanbao_label == "Exchange"
    with db.read() as s:  # a plain column reports can count
        assert s.query(RepairOrder).filter_by(sanbao_decision="exchange").count() == 1


def test_a_right_the_customer_does_not_have_is_refused(db, kettle):
    unit = bought(db, kettle, "K-0010", 9)  # day 10: no refund any more
    with pytest.raises(InvalidInput) as refused:
        repairs.open_order(db, IntakeDraft(unit.id, "不加热", sanbao_decision="refund"))
    assert refused.value.field == "sanbao_decision"
    assert refused.value.message == "The customer has no 三包 right to refund today."
    assert repairs.orders_of_unit(db, unit.id) == []


def test_an_order_without_a_decision_has_none(db, kettle):
    unit = bought(db, kettle, "K-0011", 2)
    order = repairs.open_order(db, IntakeDraft(unit.id, "不加热"))
    assert order.sanbao_decision is None and order.sanbao_reason == ""


def deliver(db, order):
    for status in ("diagnosing", "in_repair", "quality_check"):
        order = repairs.move(db, order.id, status)
    repairs.update_work(db, order.id, work_done="更换温控器")
    repairs.move(db, order.id, "ready")
    return repairs.move(db, order.id, "delivered")


def test_the_same_fault_back_after_two_repairs_may_be_exchanged(db, kettle):
    unit = bought(db, kettle, "K-0100", 60)
    first = deliver(db, repairs.open_order(db, IntakeDraft(unit.id, "不加热")))
    other = deliver(db, repairs.open_order(db, IntakeDraft(unit.id, "把手松动")))
    second = repairs.open_order(db, IntakeDraft(unit.id, "还是不加热", same_fault_as=first.id))
    assert second.same_fault and second.rework_of_id == first.id
    # Back after one repair of this fault: repair, not exchange yet.
    assert [r.decision for r in repairs.sanbao_today(db, unit.id, first.id).rights] == ["repair"]
    second = deliver(db, second)
    today = repairs.sanbao_today(db, unit.id, second.id)
    assert today.same_fault_repairs == (first.number, second.number)
    assert [r.decision for r in today.rights] == ["refund", "exchange", "repair"]
    # A different fault does not count towards this one.
    assert [r.decision for r in repairs.sanbao_today(db, unit.id, other.id).rights] == ["repair"]
    third = repairs.open_order(
        db,
        IntakeDraft(unit.id, "第三次不加热", same_fault_as=second.id, sanbao_decision="exchange"),
    )
    assert third.sanbao_decision == "exchange"
    assert first.number in third.sanbao_reason and second.number in third.sanbao_reason


def test_the_same_fault_must_be_a_delivered_order_of_this_unit(db, kettle):
    unit = bought(db, kettle, "K-0200", 30)
    open_one = repairs.open_order(db, IntakeDraft(unit.id, "不加热"))
    with pytest.raises(InvalidInput) as refused:
        repairs.open_order(db, IntakeDraft(unit.id, "还是不加热", same_fault_as=open_one.id))
    assert refused.value.field == "same_fault_as"


# -- printed -----------------------------------------------------------------------------------


def text_of(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    return "".join("".join(page.get_textpage().get_text_range().split()) for page in document)


def print_in(db, language: str) -> None:
    documents.save_document_settings(db, documents.DocumentSettings(language, False, {}))


def test_the_work_order_prints_the_decision(db, kettle):
    unit = bought(db, kettle, "K-0300", 2)
    order = repairs.open_order(db, IntakeDraft(unit.id, "不加热", sanbao_decision="refund"))
    english = text_of(repairs.work_order_pdf(db, order.id))
    assert "三包decision:Refund" in english and "Day3afterpurchase" in english
    print_in(db, "zh_CN")
    chinese = text_of(repairs.work_order_pdf(db, order.id))
    assert "三包处理：退货" in chinese
    assert "三包处理：退货" in text_of(repairs.intake_receipt_pdf(db, order.id))


def test_an_order_without_a_decision_prints_no_sanbao_line(db, kettle):
    unit = bought(db, kettle, "K-0301", 2)
    order = repairs.open_order(db, IntakeDraft(unit.id, "不加热"))
    assert "三包" not in text_of(repairs.work_order_pdf(db, order.id))


def test_the_certificate_of_a_sanbao_product_prints_the_rights_in_its_terms(db, kettle):
    bought(db, kettle, "K-0400", 1)
    registration = warranty.find_by_serial(db, "K-0400")
    print_in(db, "zh_CN")
    text = text_of(warranty.certificate_pdf(db, registration.id))
    assert "购买之日起7日内" in text and "15日内" in text
    assert "修理2次" in text
    print_in(db, "zh_TW")
    assert "7日內" in text_of(warranty.certificate_pdf(db, registration.id))


def test_a_certificate_without_sanbao_prints_no_sanbao_terms(db, janes_warranty):
    print_in(db, "zh_CN")
    text = text_of(warranty.certificate_pdf(db, janes_warranty.id))
    assert "性能故障" not in text and "换货" not in text


# -- a database from the version before -----------------------------------------------------


def test_a_database_from_before_sanbao_is_upgraded_and_keeps_its_policies_and_orders(
    tmp_path, db, janes_warranty
):
    order = repairs.open_order(db, IntakeDraft(janes_warranty.unit_id, "Does not drain"))
    path = tmp_path / "before.sqlite3"
    database_at(path, "0012")
    # The rows of a 0012 database: copied column by column from today's file.
    with contextlib.closing(sqlite3.connect(path)) as old, old:
        old.execute("ATTACH DATABASE ? AS now", (str(db.path),))
        for table in (
            "local_setting",
            "site",
            "customer",
            "product",
            "unit",
            "warranty_policy",
            "warranty_registration",
            "priority_target",
            "repair_order",
        ):
            columns = [row[1] for row in old.execute(f"PRAGMA main.table_info({table})")]
            listed = ", ".join(f'"{c}"' for c in columns)
            old.execute(f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM now.{table}")
        old.commit()
        old.execute("DETACH DATABASE now")
    db.close()
    with Database.open(path=path) as upgraded:
        assert upgraded.upgraded is not None and upgraded.upgraded.from_revision == "0012"
        policy = warranty.list_policies(upgraded)[0]
        assert policy.warranty_months == 24 and policy.return_days is None
        kept = repairs.get_order(upgraded, order.id)
        assert kept.fault_reported == "Does not drain" and kept.coverage == "in_warranty"
        assert (kept.same_fault, kept.sanbao_decision, kept.sanbao_reason) == (False, None, "")
        assert repairs.sanbao_today(upgraded, janes_warranty.unit_id).rights == ()
