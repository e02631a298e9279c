"""The monthly management report: the manager prints March 2026 (the month worked
out by hand in test_reports.py) and reads the figures off the PDF, as a reader
would, with pdfium; a Chinese centre gets it in Chinese; a new centre's empty
month still prints; the command line writes the file."""

from __future__ import annotations

import datetime as dt

import pypdfium2 as pdfium
import pytest

from fieldservice import cli, i18n
from fieldservice.services import management_report, site
from fieldservice.services.documents import DocumentSettings, save_document_settings
from tests.core import test_reports

# The hand-built month of the KPI tests (March 2026, with its clock).
clock = test_reports.clock
march = test_reports.march


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text with the white space taken out (pdfium breaks lines where
    the layout does)."""
    document = pdfium.PdfDocument(pdf)
    return ["".join(page.get_textpage().get_text_range().split()) for page in document]


def test_the_march_report_prints_the_months_figures_and_the_change_from_february(march):
    pdf = management_report.monthly_report(march.db, 2026, 3)
    assert pdf.startswith(b"%PDF")
    first, second = pages_of(pdf)
    assert "LeedsServiceCentre" in first and "March2026" in first
    assert "1Mar2026to31Mar2026,comparedwithFebruary2026" in first
    # Opened A B C D E H (6); February had F alone: +5. Delivered A B D; none in February.
    assert "Ordersopened6takeninthismonth+5vsFeb" in first
    assert "Ordersdelivered3handedbacktothecustomer+3vsFeb" in first
    # Open at the end: E, F, H (F 49 days old); at the end of February: F.
    assert "Backlogattheend31openfor15daysormore+2vsFeb" in first
    # Time to repair 24, 26, 72 h: median 26 h, 90th percentile 72 h.
    assert "Mediantimetorepair26.0h90%within72.0h" in first
    assert "Responseontarget75.0%3of4orders" in first
    assert "Resolutionontarget66.7%2of3orders" in first
    assert "First-timefix33.3%1of3orders" in first
    assert "Repeatrepairs(30days)20.0%1of5orders" in first
    assert "Customersatisfaction3.50/52answers" in first
    assert "Netpromoterscore0.02answers" in first
    assert "Complaintsper100orders33.31complaint" in first
    # Warranty: A 30 + 60 and D 30 + 40; nothing in February.
    assert "Warrantycost£160.00partsandlabour+£160.00vsFeb" in first
    assert "Partsconsumed£60.00atcost+£60.00vsFeb" in first
    # Rates with nothing to measure in February are not compared.
    assert "nofigureforFeb" in first
    assert "6ordersinthemonth" in first
    # The tables: the dishwasher's cost, sold March 2025; the pump; Tom and Ann.
    assert "AqualineDishwasherDW600£60.00£100.00£160.00" in second
    assert "Mar2025£60.00£100.00£160.00" in second
    assert "PUMP-7Drainpump2100.0%£60.00" in second
    assert "Tom22.50.0%" in second and "Ann12.0100.0%" in second
    assert "0–2days13–7days18–14days015+days1" in second
    assert "3ordersopenattheendofthemonth" in second
    # The other figures, against February: C cancelled; stock valued at 160 then 100.
    assert "Orderscancelled10+1" in second
    assert "Responsetime,median1.5h——" in second
    assert "Repeatrepairswithin90days40.0%0.0%+40.0pts" in second
    assert "Stockvalueattheend£100.00£160.00−£60.00" in second
    assert "Stockturnover0.460.00+0.46" in second


def test_a_chinese_centre_gets_the_report_in_chinese(march):
    site.update_site(march.db, name="上海浦东维修服务中心", country="CN")
    first, second = pages_of(management_report.monthly_report(march.db, 2026, 3))
    assert "上海浦东维修服务中心" in first and "2026年3月" in first
    for heading in ("新开工单", "一次修复率", "保修成本", "每日新开工单", "按使用月数的保修故障"):
        assert heading in first, heading
    assert "¥160.00" in first and "较2月+¥160.00" in first
    for heading in ("按产品的保修成本", "技术员", "期末积压工单", "本月其他指标"):
        assert heading in second, heading
    assert "Ordersopened" not in first and "Technician" not in second


def test_a_taiwan_centre_reads_taiwan_chinese_and_new_taiwan_dollars(march):
    site.update_site(march.db, name="台北維修服務中心", country="TW")
    first, second = pages_of(management_report.monthly_report(march.db, 2026, 3))
    assert "新開工單" in first and "保固成本" in first and "NT$160.00" in first
    assert "技術人員" in second


def test_a_new_centres_empty_month_still_prints(db):
    save_document_settings(db, DocumentSettings("zh_CN", False))
    first, second = pages_of(management_report.monthly_report(db, 2026, 11))
    assert "2026年11月" in first
    assert "—" in first  # no figure, not a zero that means nothing
    assert "本月没有新开工单。" in first
    assert "本月没有交付保修维修。" in second


def test_the_month_is_refused_in_words_when_it_is_not_one(db):
    from fieldservice.errors import InvalidInput

    with pytest.raises(InvalidInput, match="not a month"):
        management_report.parse_month("March")
    with pytest.raises(InvalidInput, match="no month 13"):
        management_report.parse_month("2026-13")
    assert management_report.last_complete_month(dt.date(2026, 1, 5)) == (2025, 12)
    assert management_report.last_complete_month(dt.date(2026, 12, 7)) == (2026, 11)


def test_the_command_line_writes_the_monthly_report(march, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    target = tmp_path / "march.pdf"
    argv = ["report", "monthly", "--month", "2026-03", "--pdf", str(target)]
    try:
        code = cli.main([*argv, "--home", str(tmp_path)])
    finally:
        i18n.use_language("en")
    assert code == 0 and f"Written {target}" in capsys.readouterr().out
    first, _second = pages_of(target.read_bytes())
    assert "March2026" in first and "Ordersopened6" in first
    # Without a file to write, it says what is missing.
    assert cli.main(["report", "monthly", "--home", str(tmp_path)]) == 1
    assert "--pdf FILE" in capsys.readouterr().err
    # The other reports still want their period, and say so.
    assert cli.main(["report", "volume", "--home", str(tmp_path)]) == 1
    assert "--from YYYY-MM-DD --to YYYY-MM-DD" in capsys.readouterr().err
