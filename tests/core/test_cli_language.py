"""The command line and the checks of what people type speak the language of the
terminal's locale: with LANG=zh_CN.UTF-8 (or zh_TW) a refusal, an import's report
and the help come out in Chinese; in any other locale they stay English, word for
word."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from fieldservice import cli, i18n
from fieldservice.db import Database
from fieldservice.errors import InvalidFields, InvalidInput
from fieldservice.i18n import N_
from fieldservice.progress import run_to_end
from fieldservice.services import stock, validation
from fieldservice.services.warranty_import import import_registrations


@pytest.fixture(autouse=True)
def english_afterwards():
    """The command line sets the program's language for the process: English again
    after each test."""
    try:
        yield
    finally:
        i18n.use_language("en")


def run(capsys, monkeypatch, locale: str, *argv: str) -> tuple[int, str]:
    """Run the command line in a terminal of *locale*: (exit status, what it printed)."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", locale)
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def english_left(text: str, *values: str) -> list[str]:
    """The words in Latin letters left in *text* once the *values* put into it are out."""
    for value in values:
        text = text.replace(value, "")
    return re.findall(r"[A-Za-z]{2,}", text)


@pytest.fixture
def home(tmp_path, capsys, monkeypatch):
    home = str(tmp_path / "centre")
    run(
        capsys,
        monkeypatch,
        "C",
        *("init", "--home", home, "--site-code", "LD01", "--site-name", "Leeds"),
    )
    return home


# -- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("zh_CN.UTF-8", "fieldservice: 序列号 SN-404 没有保修登记。"),
        ("zh_TW.UTF-8", "fieldservice: 序號 SN-404 沒有保固登錄。"),
        ("en_GB.UTF-8", "fieldservice: Serial SN-404 has no warranty registration."),
    ],
)
def test_an_unknown_serial_is_refused_in_the_terminals_language(
    home, capsys, monkeypatch, locale, said
):
    code, text = run(capsys, monkeypatch, locale, "warranty", "show", "sn-404", "--home", home)
    assert code == 1
    assert text.strip() == said


def test_the_json_error_is_chinese_but_its_keys_stay(home, capsys, monkeypatch):
    code, text = run(
        capsys, monkeypatch, "zh_CN.UTF-8", "warranty", "show", "SN-404", "--home", home, "--json"
    )
    assert code == 1
    assert json.loads(text) == {"error": "序列号 SN-404 没有保修登记。", "field": None}


def test_a_part_short_in_stock_says_how_many_are_left_in_chinese(home, capsys, monkeypatch):
    run(capsys, monkeypatch, "C", "stock", "location", "MAIN", "Main store", "--home", home)
    run(
        capsys,
        monkeypatch,
        "C",
        "stock",
        "location",
        "VAN1",
        "Van one",
        "--kind",
        "van",
        "--home",
        home,
    )
    with Database.open(home) as db:
        stock.create_part(db, stock.PartDraft("FAN-120", "Fan motor"))
    for location, quantity in (("MAIN", "3"), ("VAN1", "2")):
        run(
            capsys,
            monkeypatch,
            "C",
            *("stock", "receive", "FAN-120", quantity, "--location", location, "--home", home),
        )
    run(capsys, monkeypatch, "C", "product", "add", "AQU-DW600", "Dishwasher", "--home", home)
    run(capsys, monkeypatch, "C", "unit", "add", "AQD-1", "--product", "AQU-DW600", "--home", home)
    run(
        capsys,
        monkeypatch,
        "C",
        "order",
        "open",
        "--serial",
        "AQD-1",
        "--fault",
        "Noisy",
        "--home",
        home,
    )
    issue = ("stock", "issue", "FAN-120", "5", "--location", "MAIN", "--order", "LD01-RO-000001")
    code, text = run(capsys, monkeypatch, "zh_CN.UTF-8", *issue, "--home", home)
    assert code == 1
    assert text.strip() == "fieldservice: MAIN 仅剩 3 × FAN-120；其他库位另有：VAN1 2 个。"
    code, text = run(capsys, monkeypatch, "zh_TW.UTF-8", *issue, "--home", home)
    assert text.strip() == "fieldservice: MAIN 僅剩 3 × FAN-120；其他庫位另有：VAN1 2 個。"
    code, text = run(capsys, monkeypatch, "C", *issue, "--home", home)
    assert text.strip() == "fieldservice: Only 3 × FAN-120 left in MAIN; also 2 in VAN1."


# -- reports ----------------------------------------------------------------------------------

PARTS = (
    "part_number,description,standard_cost,lead_time_days\n"
    "FAN-120,Fan motor,12.5,5\n"
    ",No number,1,\n"
    "BELT-9,Drive belt,abc,\n"
    "PUMP-7,Drain pump,30,x\n"
)


@pytest.mark.parametrize(
    ("locale", "report"),
    [
        (
            "zh_CN.UTF-8",
            [
                "备件：导入 1 条，已存在 0 条，拒绝 3 条",
                "  按 UTF-8 读取。",
                "  第 3 行：请输入备件编号（扫描标签或手动输入）。",
                "  第 4 行：“abc”不是金额。",
                "  第 5 行：交货周期“x”不是整数。",
            ],
        ),
        (
            "zh_TW.UTF-8",
            [
                "零件：匯入 1 筆，已存在 0 筆，拒絕 3 筆",
                "  以 UTF-8 讀取。",
                "  第 3 行：請輸入零件編號（掃描標籤或手動輸入）。",
                "  第 4 行：「abc」不是金額。",
                "  第 5 行：交期「x」不是整數。",
            ],
        ),
        (
            "en_US.UTF-8",
            [
                "Parts: 1 imported, 0 already there, 3 refused",
                "  Read as UTF-8.",
                "  line 3: Enter the part number (scan the label or type it).",
                "  line 4: “abc” is not an amount of money.",
                "  line 5: Lead time “x” is not a whole number.",
            ],
        ),
    ],
)
def test_a_stock_import_reports_its_refused_rows_in_the_terminals_language(
    home, tmp_path, capsys, monkeypatch, locale, report
):
    parts = tmp_path / "parts.csv"
    parts.write_text(PARTS, encoding="utf-8")
    code, text = run(capsys, monkeypatch, locale, "stock", "import", str(parts), "--home", home)
    assert code == 1
    assert text.splitlines() == report


def test_the_help_of_a_command_is_chinese(capsys, monkeypatch):
    with pytest.raises(SystemExit):
        run(capsys, monkeypatch, "zh_CN.UTF-8", "stock", "count", "enter", "--help")
    text = capsys.readouterr().out
    assert "录入某备件的实盘数量。" in text
    assert "盘点单号（…-SC-…）" in text
    assert "所在货位（默认：该备件的货位）" in text
    assert text.startswith("用法：fieldservice stock count enter")
    assert "显示此帮助信息并退出" in text
    with pytest.raises(SystemExit):
        run(capsys, monkeypatch, "zh_TW.UTF-8", "stock", "--help")
    text = capsys.readouterr().out
    assert "將到貨登記入庫。" in text and "盤點：盤點庫位，輸入實盤數量，過帳。" in text


def test_a_usage_error_is_chinese_and_argparse_speaks_english_again_after(capsys, monkeypatch):
    with pytest.raises(SystemExit) as stopped:
        run(capsys, monkeypatch, "zh_TW.UTF-8", "stock", "receive")
    assert stopped.value.code == 2
    text = capsys.readouterr().err
    assert text.startswith("用法：fieldservice stock receive")
    assert text.endswith(
        "fieldservice stock receive：錯誤：缺少以下必要參數：part, quantity, --location\n"
    )
    with pytest.raises(SystemExit):
        run(capsys, monkeypatch, "C", "stock", "receive")
    text = capsys.readouterr().err
    assert text.startswith("usage: fieldservice stock receive")
    assert "error: the following arguments are required: part, quantity, --location" in text


def test_a_stock_count_posted_from_a_chinese_terminal(home, capsys, monkeypatch):
    run(capsys, monkeypatch, "C", "stock", "location", "MAIN", "Main store", "--home", home)
    with Database.open(home) as db:
        stock.create_part(db, stock.PartDraft("FAN-120", "Fan motor", default_bin="A1"))
    run(
        capsys,
        monkeypatch,
        "C",
        *("stock", "receive", "FAN-120", "3", "--location", "MAIN", "--home", home),
    )
    code, text = run(
        capsys, monkeypatch, "zh_CN.UTF-8", "stock", "count", "start", "MAIN", "--home", home
    )
    assert code == 0 and text.startswith("盘点 LD01-SC-000001，库位 MAIN：进行中")
    number = "LD01-SC-000001"
    code, text = run(
        capsys,
        monkeypatch,
        "zh_CN.UTF-8",
        "stock",
        "count",
        "enter",
        number,
        "FAN-120",
        "2",
        "--home",
        home,
    )
    assert text.strip() == f"{number}：FAN-120，货位 A1：盘点 2，现有 3（差异 -1）"
    code, text = run(
        capsys, monkeypatch, "zh_CN.UTF-8", "stock", "count", "finish", number, "--home", home
    )
    assert text.splitlines() == [f"盘点 {number} 已过账：记录了 1 项差异", "  FAN-120，货位 A1：-1"]


# -- the checks of what people type -------------------------------------------------------


@pytest.fixture
def chinese():
    i18n.use_language("zh_CN")


def refusal(call, *args, **kwargs) -> InvalidInput:
    with pytest.raises(InvalidInput) as refused:
        call(*args, **kwargs)
    return refused.value


def test_an_empty_required_field_is_asked_for_in_chinese(chinese):
    problem = refusal(validation.required, "  ", "name", N_("customer's name"))
    assert (problem.message, problem.field) == ("请输入客户姓名。", "name")
    problem = refusal(validation.required, "", "reason", N_("reason for the adjustment"))
    assert problem.message == "请输入调整原因。"


def test_every_field_of_a_part_is_refused_in_chinese_at_once(chinese):
    with pytest.raises(InvalidFields) as refused:
        stock.clean_part(stock.PartDraft("", "", standard_cost="abc"))
    assert [p.message for p in refused.value.problems] == [
        "请输入备件编号（扫描标签或手动输入）。",
        "请输入描述。",
        "“abc”不是金额。",
    ]


def test_a_bad_email_address_is_refused_in_chinese(chinese):
    problem = refusal(validation.email, "ann@")
    assert problem.field == "email"
    assert problem.message.startswith("“ann@”不是有效的电子邮箱地址：")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("0113 49ab", "“0113 49ab”不是电话号码：请使用数字和空格，可用 + 加国家代码开头。"),
        (
            "0113 49",
            "“0113 49”不是有效的英国电话号码：请检查号码，或以 + 和国家代码开头（如 +44）。",
        ),
    ],
)
def test_a_bad_phone_number_is_refused_in_chinese(chinese, typed, said):
    problem = refusal(validation.phone, typed, "GB")
    assert (problem.message, problem.field) == (said, "phone")


def test_a_day_in_a_message_is_written_the_chinese_way(chinese):
    problem = refusal(
        validation.past_date, dt.date(2999, 1, 1), "purchase_date", N_("purchase date")
    )
    assert problem.message == "购买日期 2999年1月1日 是未来的日期。"
    i18n.use_language("zh_TW")
    problem = refusal(validation.limited, "x" * 5, "bin", N_("bin"), 3)
    assert problem.message == "儲位太長（5 個字元；最多 3 個）。"
    problem = refusal(validation.quantity, "1e9")
    assert problem.message == "「1e9」不是數量：請只用數字填寫（例如 12 或 2.5）。"
    assert english_left(problem.message, "1e9") == []


def test_rows_checked_in_the_second_process_are_refused_in_chinese_too(db, dishwasher_policy):
    """A long list has its later batches checked in another process: that process
    speaks the language of this one."""
    i18n.use_language("zh_CN")
    listing = "serial,product,purchase_date\n" + "".join(
        f"AQD-{n},AQU-DW600,{'2025-05-02' if n % 2 else '2025-13-40'}\n" for n in range(1, 9)
    )
    report = run_to_end(import_registrations(db, listing.encode(), batch_rows=2))
    assert report.imported == 4
    assert [e.message for e in report.errors] == [
        "购买日期“2025-13-40”不是日期：请按 YYYY-MM-DD 填写。" for _ in range(4)
    ]
    assert report.summary == "导入 4 条，已存在 0 条，拒绝 4 条"
