"""A centre in Shanghai hands its customers Chinese paper: warranty certificates, work
orders, intake receipts, labels and purchase orders print in the centre's document
language, optionally with the English beside the Chinese.

Each PDF is read back with pdfium, as a reader would, and its QR code decoded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
import zxingcpp

from fieldservice.errors import InvalidInput
from fieldservice.printing.data import (
    CentreHeader,
    CertificateData,
    PurchaseOrderData,
    PurchaseOrderItem,
    WorkCharges,
)
from fieldservice.printing.labels import PartLabel, render_part_labels
from fieldservice.printing.purchaseorders import render_purchase_order
from fieldservice.printing.workorders import render_work_order
from fieldservice.services import documents, repairs, site, warranty
from fieldservice.services.documents import (
    DocumentSettings,
    builtin_terms,
    default_document_language,
    document_settings,
    save_document_settings,
)
from fieldservice.services.repairs import IntakeDraft

CHINESE_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def pages_of(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    return ["".join(page.get_textpage().get_text_range().split()) for page in document]


def text_of(pdf: bytes) -> str:
    return "".join(pages_of(pdf))


def qr_text(pdf: bytes) -> list[str]:
    image = pdfium.PdfDocument(pdf)[0].render(scale=150 / 72).to_pil()
    return [f.text for f in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def flat(text: str) -> str:
    return "".join(text.split())


def print_in(db, language: str, bilingual: bool = False, **terms: str) -> DocumentSettings:
    return save_document_settings(db, DocumentSettings(language, bilingual, dict(terms)))


@pytest.fixture
def order(db, janes_warranty):
    """Jane's dishwasher at the desk, in warranty."""
    draft = IntakeDraft(
        janes_warranty.unit_id,
        "Does not drain, water left in the bottom",
        accessories="Power cord",
        condition="Dent on left side",
    )
    return repairs.open_order(db, draft)


# -- the settings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "language"),
    [("CN", "zh_CN"), ("TW", "zh_TW"), ("HK", "zh_TW"), ("MO", "zh_TW"), ("GB", "en"), ("", "en")],
)
def test_the_default_document_language_follows_the_country(country, language):
    assert default_document_language(country) == language
    assert default_document_language(country.lower()) == language


def test_with_nothing_saved_documents_print_in_the_language_of_the_centres_country(db):
    assert document_settings(db) == DocumentSettings("en", False, {})
    site.update_site(db, name="Shanghai Service Centre", country="CN")
    assert document_settings(db) == DocumentSettings("zh_CN", False, {})
    site.update_site(db, name="Taipei Service Centre", country="TW")
    assert document_settings(db).language == "zh_TW"


def test_the_settings_are_kept_as_saved(db):
    typed = "  一、保固期間內免費維修。\r\n二、請妥善保存本單。  "
    saved = print_in(db, "zh_TW", True, zh_TW=typed)
    kept = "一、保固期間內免費維修。\n二、請妥善保存本單。"
    assert saved == DocumentSettings("zh_TW", True, {"zh_TW": kept})
    assert document_settings(db) == saved
    # A language chosen later does not lose the others' terms; an empty text is the built-in.
    print_in(db, "zh_CN", False, zh_TW=saved.terms["zh_TW"], zh_CN="", en="Our own terms.")
    again = document_settings(db)
    assert again == DocumentSettings(
        "zh_CN", False, {"zh_TW": saved.terms["zh_TW"], "en": "Our own terms."}
    )
    assert again.conditions() == builtin_terms("zh_CN")


def test_an_english_document_is_never_bilingual(db):
    assert print_in(db, "en", True).bilingual is False
    assert document_settings(db).bilingual is False


@pytest.mark.parametrize("language", ["fr", "zh", "", "zh-CN"])
def test_a_language_the_program_does_not_speak_is_refused(db, language):
    with pytest.raises(InvalidInput) as refused:
        print_in(db, language)
    assert refused.value.field == "language"
    assert document_settings(db).language == "en"


@pytest.mark.parametrize(
    "terms",
    [
        {"zh_CN": "保修期内\x07免费维修"},  # a control character
        {"zh_CN": "保" * 4001},  # too long
        {"fr": "Conditions"},  # a language not spoken
    ],
)
def test_terms_that_cannot_be_printed_are_refused(db, terms):
    with pytest.raises(InvalidInput) as refused:
        save_document_settings(db, DocumentSettings("zh_CN", False, terms))
    assert refused.value.field == "terms"
    assert document_settings(db).terms == {}


def test_the_built_in_terms_are_written_for_each_market():
    assert builtin_terms("en") == repairs.RECEIPT_TERMS
    assert "保修期内凭保修卡及购机发票享受免费维修" in builtin_terms("zh_CN")
    assert "保固期間內憑保固卡及購買發票" in builtin_terms("zh_TW")
    with pytest.raises(ValueError):
        builtin_terms("fr")


def test_the_centre_header_carries_the_language_and_the_centres_own_terms(db):
    site.update_site(db, name="上海浦东维修服务中心", country="CN")
    print_in(db, "zh_CN", True, zh_CN="本中心的服务条款。", zh_TW="本中心的服務條款。")
    header = warranty.centre_header(db)
    assert (header.language, header.bilingual) == ("zh_CN", True)
    assert header.terms == "本中心的服务条款。"
    assert header.currency == "CNY"


# -- the warranty certificate -------------------------------------------------------------


def test_a_certificate_prints_in_simplified_chinese(db, janes_warranty):
    print_in(db, "zh_CN")
    pdf = warranty.certificate_pdf(db, janes_warranty.id)
    text = text_of(pdf)
    assert "保修卡" in text
    assert "2025年3月14日" in text  # purchased on
    assert "24个月" in text
    assert "Warranty" not in text and "WARRANTY" not in text
    assert "Certificate" not in text and "CERTIFICATE" not in text
    assert qr_text(pdf) == [janes_warranty.number]


def test_a_certificate_prints_in_traditional_chinese(db, janes_warranty):
    print_in(db, "zh_TW")
    text = text_of(warranty.certificate_pdf(db, janes_warranty.id))
    assert "保固卡" in text and "保修卡" not in text
    assert "2025年3月14日" in text
    assert "Warranty" not in text


def test_a_bilingual_certificate_has_the_chinese_and_the_english_headings(db, janes_warranty):
    print_in(db, "zh_CN", True)
    text = text_of(warranty.certificate_pdf(db, janes_warranty.id))
    assert "保修卡" in text and "Warrantycertificate" in text
    assert "保修卡号" in text and "CERTIFICATENUMBER" in text
    assert "序列号" in text and "Serialno." in text


def test_the_policys_own_terms_stay_on_the_certificate(db, janes_warranty):
    print_in(db, "zh_CN", zh_CN="本中心自订的保修条款。")
    text = text_of(warranty.certificate_pdf(db, janes_warranty.id))
    assert flat("Parts and labour for manufacturing defects.") in text
    assert "本中心自订的保修条款" not in text


def chinese_certificate(**centre) -> CertificateData:
    header = CentreHeader("SH01", "上海浦东维修服务中心", language="zh_CN", **centre)
    return CertificateData(
        number="SH01-WC-000123",
        centre=header,
        product_name="滚筒洗衣机",
        product_sku="WM-1000",
        brand="海尔",
        model="EG100",
        serial="HR2026A001",
        customer_name="张伟",
        customer_address="上海市徐汇区漕溪北路398号",
        customer_phone="138 0013 8000",
        purchase_date=dt.date(2026, 3, 14),
        warranty_end=dt.date(2028, 3, 14),
        service_end=dt.date(2029, 3, 14),
        warranty_months=24,
        service_months=12,
        extension_months=0,
        dealer="国美电器",
        invoice_ref="FP-0088",
        registered_on=dt.date(2026, 3, 20),
        issued_on=dt.date(2026, 12, 7),
        terms="",
        void_conditions=warranty.DEFAULT_VOID_CONDITIONS,
    )


def certificate_text(data: CertificateData) -> str:
    from fieldservice.printing.certificates import render_certificate

    out = io.BytesIO()
    render_certificate(data, out)
    return text_of(out.getvalue())


def test_a_certificate_without_policy_terms_prints_the_centres_or_the_built_in_ones():
    own = certificate_text(chinese_certificate(terms="本中心承诺：保修期内免费上门取送。"))
    assert "本中心承诺：保修期内免费上门取送。" in own
    built_in = certificate_text(chinese_certificate())
    assert "凭本卡及购机发票" in built_in
    assert "本中心承诺" not in built_in
    # The default conditions that void the warranty are translated too.
    assert "进液" in built_in and "Liquid" not in built_in


# -- the work order and the intake receipt ---------------------------------------------------


def test_a_work_order_prints_in_simplified_chinese(db, order):
    print_in(db, "zh_CN")
    pdf = repairs.work_order_pdf(db, order.id)
    text = text_of(pdf)
    assert "工单" in text
    assert CHINESE_DATE.search(text)
    assert "已接修" in text and "保修期内" in text  # the status and the coverage
    assert "Workorder" not in text and "WORKORDER" not in text
    assert "Received" not in text
    assert set(qr_text(pdf)) == {order.number}  # the sheet's and the tear-off tag's


def test_a_bilingual_work_order_has_the_chinese_and_the_english_headings(db, order):
    print_in(db, "zh_CN", True)
    text = text_of(repairs.work_order_pdf(db, order.id))
    assert "工单" in text and "Workorder" in text
    assert "客户" in text and "CUSTOMER" in text
    assert "序列号" in text and "Serialno." in text


def test_an_intake_receipt_prints_in_traditional_chinese_with_the_built_in_conditions(db, order):
    print_in(db, "zh_TW")
    pdf = repairs.intake_receipt_pdf(db, order.id)
    text = text_of(pdf)
    assert "收件單" in text and "工單" not in text.replace("工單號碼", "")
    assert "服務條款" in text
    assert flat(builtin_terms("zh_TW").splitlines()[0]) in text
    assert CHINESE_DATE.search(text)
    assert "Intake" not in text and "INTAKE" not in text
    assert qr_text(pdf) == [order.number]


def test_the_centres_own_conditions_print_on_the_receipt_in_its_language(db, order):
    own = "一、本中心对送修设备妥善保管。\n二、逾期三十天未取机的，本中心将电话提醒。"
    print_in(db, "zh_CN", zh_CN=own, en="Our own English terms.")
    text = text_of(repairs.intake_receipt_pdf(db, order.id))
    assert flat(own) in text
    assert flat(builtin_terms("zh_CN")) not in text
    assert "Ourown" not in text
    # Back to the built-in ones when the centre clears its text.
    print_in(db, "zh_CN", en="Our own English terms.")
    text = text_of(repairs.intake_receipt_pdf(db, order.id))
    assert flat(builtin_terms("zh_CN").splitlines()[0]) in text


def test_an_english_centre_prints_as_before(db, order):
    text = text_of(repairs.intake_receipt_pdf(db, order.id))
    assert "Intakereceipt" in text
    assert flat(repairs.RECEIPT_TERMS) in text


def test_money_prints_with_the_currencys_sign_in_chinese(db, order):
    site.update_site(db, name="上海浦东维修服务中心", country="CN")
    print_in(db, "zh_CN")
    data = dataclasses.replace(
        repairs.work_order_data(db, order.id),
        charges=WorkCharges(Decimal("1000.00"), Decimal("234.50"), Decimal(0), Decimal("1234.50")),
        work_finished=True,
    )
    out = io.BytesIO()
    render_work_order(data, out)
    text = text_of(out.getvalue())
    assert "¥1,234.50" in text
    assert "应付金额" in text


# -- labels and purchase orders -------------------------------------------------------------


def test_a_part_label_names_its_bin_in_the_document_language():
    out = io.BytesIO()
    render_part_labels([PartLabel("PUMP-7", "排水泵", "C2", "MAIN", "zh_TW")], out)
    text = text_of(out.getvalue())
    assert "儲位" in text and "BIN" not in text


def test_a_purchase_order_prints_in_chinese():
    centre = CentreHeader("SH01", "上海浦东维修服务中心", language="zh_CN", currency="CNY")
    data = PurchaseOrderData(
        "SH01-PO-000012",
        centre,
        "上海精工配件有限公司",
        "",
        dt.date(2026, 12, 7),
        None,
        "刘芳",
        (
            PurchaseOrderItem(
                "SA-220", "减震器", "", "只", "MAIN · 主仓库", Decimal(10), Decimal("85.00")
            ),
        ),
    )
    out = io.BytesIO()
    render_purchase_order(data, out)
    text = text_of(out.getvalue())
    assert "采购单" in text and "2026年12月7日" in text and "待确认" in text
    assert "¥850.00" in text
    assert "Purchase" not in text and "PURCHASE" not in text


def test_the_document_settings_are_read_by_the_labels_service(db):
    from fieldservice.services import stock

    stock.create_location(db, "MAIN", "Main store")
    stock.create_part(db, stock.PartDraft("PUMP-7", "Drain pump", default_bin="C2"))
    print_in(db, "zh_CN")
    assert "货位" in text_of(stock.part_labels_pdf(db, ["PUMP-7"]))
    assert documents.document_settings(db).language == "zh_CN"
