"""Round 45, second pass (correct45b): a self-correction inside the question, of any value type, through one reader.

1. A count corrected in the same breath, whatever the separator ("5 次——不對，是 6 次", "4 -- no wait, 5", "5 monthly meetings,
   make that 6"): the corrected count replaces the count it corrects.
2. A date corrected by a date ("109年6月30日到期——寫錯，是 115年6月30日到期", "2020/6/30，写错了，是 2026/6/30", "30 June 2020 —
   make that 30 June 2026"): the later date replaces the first (a date corrects a date, never a count); the first is shown as
   corrected, never read as an unread number.
3. A labelled score corrected by its label, the figure it replaces said after it ("phantom was 69 not 79", "compression was 68
   not 88", "假體影像是 69 不是 79", "phantom should be 69, not 79.", "月會是 6 次不是 5 次"): that label's figure is replaced,
   the others stay.
4. A bracketed note that only mends a WORD ("（打錯，是研討會不是研討畫）", "（错字，月汇应为月会）") corrects no value: the word is
   read as meant and the question stays a calculation.
Near misses: an unsure correction of a date is asked; a correction whose "not X" names a figure never said is asked (no
silent pick); a label said again with another figure and no correcting word is asked; a bracketed "（不是 2 次）" after a count
and an apology that corrects nothing ("sorry if this is a basic question") change nothing.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from tests.bot.conftest import calculator_call


def _counts(call):
    return {it["kind"]: it.get("count", 1) for it in call.args["activities"]}


# ------------------------------------------------------------------------ 1. a count corrected, any separator

COUNTS = [
    ("今年月會去了 5 次——不對，是 6 次，再加年會一次，總共幾分？", 6, 180),
    ("今年月会去了 4 次——不对，是 3 次，另外年会 1 次，一共多少分？", 3, 120),
    ("monthly meetings this year: 4 -- no wait, 5, plus the annual meeting. total TSA credits?", 5, 160),
    ("I went to 5 monthly meetings, make that 6, and 1 annual meeting this year. total credits?", 6, 180),
    ("今年月會去了 5 次，年會 1 次。月會是 6 次不是 5 次，總共幾分？", 6, 180),
    ("今年月会去了 5 次，年会 1 次，月会是 6 次而不是 5 次，总共几分？", 6, 180),
    ("今年月會 5 次，年會 2 次——寫錯，年會是 1 次不是 2 次，總共幾分？", 5, 160),
]


@pytest.mark.parametrize(("question", "monthly", "total"), COUNTS)
def test_a_corrected_count_replaces_the_count_it_corrects(ask, question, monthly, total):
    a = ask(question)
    call = calculator_call(a, "tsa_credit_tally")
    assert _counts(call)["tsa_monthly_meeting"] == monthly
    assert call.result["total"] == total
    assert any("corrected" in u or "更正" in u for u in a.unused), a.unused


# ------------------------------------------------------------------------ 2. a date corrected by a date

DATES = [
    ("外科專科證書 109年6月30日到期——寫錯，是 115年6月30日到期。最早哪天可以申請展延？真的來不及最晚到哪天？", "2026-06-30"),
    ("外科专科证书 2020/6/30 到期，写错了，是 2026/6/30 到期，最早哪天可以申请展延？", "2026-06-30"),
    ("我的外科專科證書 2025年3月31日到期，更正：2026年3月31日到期，最早什麼時候可以申請展延？", "2026-03-31"),
    ("My TSA certificate expires 30 June 2020 — make that 30 June 2026. When does the renewal window open?", "2026-06-30"),
    ("My surgical specialist certificate expires 2020/6/30, sorry, 2026/6/30. When can I apply to renew it?", "2026-06-30"),
]


@pytest.mark.parametrize(("question", "expiry"), DATES)
def test_a_corrected_date_replaces_the_date_it_corrects(ask, question, expiry):
    a = ask(question)
    call = calculator_call(a, "renewal_window")
    assert call.args["expiry_date"] == expiry
    assert any("corrected" in u or "更正" in u for u in a.unused), a.unused


# ------------------------------------------------------------------------ 3. a labelled score corrected by its label

SCORES = [
    ("Field QC for unit 2 (DR): dose/HVL 88, phantom 79, compression 91, field alignment 86, reading system 90 — correction, "
     "phantom was 69 not 79. Can we keep screening on it?", "phantom_image", 69, "D"),
    ("QC scores for our DR unit: dose/HVL 90, phantom 72, compression 88, field alignment 86, reading system 91 — sorry, "
     "compression was 68 not 88. Still usable for screening?", "compression", 68, "D"),
    ("品管分數：劑量/HVL 88、假體影像 79、壓迫 91、照野對位 86、判讀系統 90，更正：假體影像是 69 不是 79，還能繼續做篩檢嗎？",
     "phantom_image", 69, "D"),
    ("dose/HVL 88, phantom 79, compression 91, field alignment 86, reading system 90. phantom should be 69, not 79. can we "
     "still screen?", "phantom_image", 69, "D"),
    ("dose/HVL 88, phantom 79, compression 91, field alignment 86, reading system 90 — correction: phantom 69, not 79. can we "
     "keep screening?", "phantom_image", 69, "D"),
    ("质控：剂量 88、模体 79、压迫 91、对位 86、阅片系统 90，更正：模体是 69 不是 79，还能继续筛查吗？", "phantom_image", 69, "D"),
    ("品管分數：劑量/HVL 88、假體影像 79、壓迫 91、照野對位 86、判讀系統 90，更正：假體影像 69，不是 79，還能繼續做篩檢嗎？",
     "phantom_image", 69, "D"),
]


@pytest.mark.parametrize(("question", "key", "value", "worst"), SCORES)
def test_a_labelled_score_corrected_by_its_label(ask, question, key, value, worst):
    call = calculator_call(ask(question), "hpa_qc_grade")
    assert call.args["scores"][key] == value
    assert call.result["worst"] == worst
    assert len(call.args["scores"]) == 5


# ------------------------------------------------------------------------ 4. a bracketed note mending a word: no value

WORD_NOTES = [
    ("今年國內研討畫 2 場各 3 小時、1 場 1.5 小時（打錯，是研討會不是研討畫），積分多少？", 25),
    ("今年国内研讨画 2 场各 3 小时（打错，是研讨会不是研讨画），积分多少？", 20),
    ("今年去了月匯 3 次（錯字，月匯應為月會），年會 1 次，幾分？", 120),
]


@pytest.mark.parametrize(("question", "total"), WORD_NOTES)
def test_a_note_mending_a_word_keeps_the_calculation(ask, question, total):
    call = calculator_call(ask(question), "tsa_credit_tally")
    assert call.result["total"] == total


# ------------------------------------------------------------------------ near misses

ASKED = [
    # an unsure correction of a date
    "外科專科證書 109年6月30日到期，不對，好像是 115年6月30日還是 116年6月30日，最早哪天可以申請展延？",
    # "not 89" names a figure never said (79 was): which one is meant is asked
    "dose/HVL 88, phantom 79, compression 91, field alignment 86, reading system 90 — correction, phantom was 69 not 89. "
    "can we keep screening?",
    # a label said again with another figure, no correcting word
    "品管分數：劑量/HVL 88、假體影像 79、壓迫 91、照野對位 86、判讀系統 90，假體影像是 69，還能繼續做篩檢嗎？",
]


@pytest.mark.parametrize("question", ASKED)
def test_an_uncertain_target_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.answer[:300])
    assert not a.tool_calls or all(not c.result for c in a.tool_calls)


UNCHANGED = [
    ("今年月會 3 次（不是 2 次），年會 1 次，幾分？", "tsa_credit_tally", lambda c: c.result["total"] == 120),
    ("My TSA certificate expires 2026-06-30, sorry if this is a basic question, when can I apply to renew?",
     "renewal_window", lambda c: c.args["expiry_date"] == "2026-06-30"),
]


@pytest.mark.parametrize(("question", "tool", "check"), UNCHANGED)
def test_no_correction_changes_nothing(ask, question, tool, check):
    a = ask(question)
    assert check(calculator_call(a, tool))
    assert not any("corrected" in u or "更正" in u for u in a.unused), a.unused


# ------------------------------------------------------------------------ the reader itself

READ = [
    ("證書 109年6月30日到期——寫錯，是 115年6月30日到期。", [("109年6月30日", "115年6月30日")], "115年6月30日到期。"),
    ("expires 30 June 2020 — make that 30 June 2026.", [("30 June 2020", "30 June 2026")], "expires 30 June 2026."),
    ("月會 5 次——不對，是 6 次", [("5", "6")], "月會 6 次"),
    ("月會 5 次 -- sorry, 6 次", [("5", "6")], "月會 6 次"),
]


@pytest.mark.parametrize(("question", "corrections", "tail"), READ)
def test_the_reader_replaces_the_corrected_value(question, corrections, tail):
    q = Query(question)
    assert q.corrections == corrections
    assert q.text.replace(",", "，").endswith(tail.replace(",", "，")) or q.text.endswith(tail), q.text
