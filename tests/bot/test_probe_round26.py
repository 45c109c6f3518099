"""Round 26 probe: confidently wrong calculator answers found with fresh questions written from the rules.

Each class is covered by several phrasings (zh-TW, zh-CN, en) written for these tests, not by an eval sentence."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


def _cases(answer) -> float:
    """The case count of the one eligibility call of a calculator answer."""
    assert answer.route == "calculator", (answer.route, answer.answer[:200])
    calls = [c for c in answer.tool_calls if c.name == "tsir_instructor_eligibility"]
    assert len(calls) == 1, [c.args for c in answer.tool_calls]
    return calls[0].args["cases_last_6_years"]


# Class 1: a technique's count said as a part of the domain count before it (其中 / 包括 / （含…） / of which), the
# part named by its technique — it was bound to the same domain and added (TACE 200 + 50 TARE = 250).
@pytest.mark.parametrize(("question", "whole"), [
    ("專科 10 年，近六年 TACE 做了 220 例，其中 60 例是 TARE，腫瘤栓塞指導老師夠嗎", 220),
    ("消融總共 185 例，其中 RFA 110 例，專科 9 年，可以申請嗎", 185),
    ("專科 11 年，消融 175 例（含微波 40 例），能當消融指導老師嗎", 175),
    ("專科 12 年，血管介入 95 例，包括洗腎通路 35 例，血管介入指導老師夠不夠", 95),
    ("专科 9 年，消融 200 例，其中射频 150 例、微波 30 例，够资格当指导老师吗", 200),
    ("Specialist for 10 years, 280 tumour embolizations in the last six years, of which 70 were TARE — enough to be instructor?", 280),
    ("專科 9 年 切片引流共 310 例，其中 PCN 90、PTCD 60，可以當指導老師嗎", 310),
])
def test_a_technique_named_as_part_of_a_domain_count_is_not_added(engine, question, whole):
    a = _ask(engine, question)
    assert _cases(a) == whole
    assert any("一部分" in s or "part of" in s for s in a.assumptions), a.assumptions


def test_a_part_of_an_unkeyed_count_is_not_added(engine):
    """The whole said without a technique word the domain table names ("栓塞止血 130 例"): still the whole."""
    a = _ask(engine, "專科 10 年，栓塞止血 130 例，其中 PAE 45 例，非腫瘤栓塞指導老師夠嗎")
    assert _cases(a) == 130


def test_technique_lists_without_a_subset_word_still_add_up(engine):
    """No subset word: the techniques are the items of the domain (rule 2 counts them together)."""
    a = _ask(engine, "專科 9 年，RFA 110 例、微波 75 例，消融指導老師夠嗎")
    assert _cases(a) == 185


@pytest.mark.parametrize("question", [
    "專科 10 年，TACE 140 例，其中 TACE 30 例是六年前做的，腫瘤栓塞指導老師還差幾例",
    "专科 10 年，TACE 140 例，其中 TACE 30 例是六年前做的，还差多少例",
])
def test_a_named_part_outside_the_six_years_is_taken_off(engine, question):
    a = _ask(engine, question)
    assert _cases(a) == 110


@pytest.mark.parametrize("question", [
    "專科 9 年，TACE 150 例，其中 TARE 200 例，夠不夠",
    "专科 9 年，消融 100 例，其中 RFA 120 例，够吗",
])
def test_a_part_larger_than_its_whole_is_asked(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert not a.tool_calls


def _kinds(answer) -> list[str]:
    """The activity kinds of the one tally call of a calculator answer."""
    assert answer.route == "calculator", (answer.route, answer.answer[:200])
    calls = [c for c in answer.tool_calls if c.name == "tsa_credit_tally"]
    assert len(calls) == 1, [c.args for c in answer.tool_calls]
    return [it["kind"] for it in calls[0].args["activities"]]


# Class 2: the meeting said, in a clause of its own, as where the presentations before it were given ("都在同一場年會",
# "都是在外科年會發表的") was read as a TSA annual meeting attended (+60). A qualifier adds nothing: the presentations
# only, with the note that attendance counts when said.
@pytest.mark.parametrize("question", [
    "今年口頭報告 2 篇，都是第一作者，都在同一場年會，積分多少",
    "今年壁報 3 篇（一作），都是在外科年會發表的，可以拿幾分",
    "今年发表了 2 篇壁报，我是第一作者，都在同一场年会，学分多少",
    "This year I presented two posters as first author, both at the same annual meeting. Credits?",
])
def test_a_meeting_said_as_where_presentations_were_given_is_no_attendance(engine, question):
    a = _ask(engine, question)
    assert _kinds(a) == ["presentation"]
    assert any("出席" in s or "attended" in s for s in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "今年發表了 2 篇壁報（一作），也參加了年會，積分多少",
    "今年口頭報告 1 篇一作，另外年會 1 次，積分多少",
])
def test_a_meeting_said_as_attended_beside_presentations_still_counts(engine, question):
    a = _ask(engine, question)
    assert sorted(_kinds(a)) == ["presentation", "tsa_annual_meeting"]


# Class 3: a month's count with no year and no work days ("放射師這個月照了 520 例，有超量嗎") was read as the facility's
# year of screenings, and the days of work were asked — the radiographer's monthly cap (500) is what it is measured by.
@pytest.mark.parametrize(("question", "count"), [
    ("放射師這個月照了 520 例，有超量嗎", 520),
    ("上個月小華篩了 530 例，超量了嗎", 530),
    ("我們的技師本月做了 480 例，有超量嗎", 480),
    ("放射师这个月拍了 505 例，超量没", 505),
    ("Our tech did 560 mammograms this month, is that too many?", 560),
])
def test_a_months_count_is_the_radiographers_not_the_facilitys_year(engine, question, count):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert [c.name for c in a.tool_calls] == ["hpa_radiographer_volume"]
    assert a.tool_calls[0].args["monthly_screenings"] == count


def test_a_year_of_screenings_beside_a_monthly_figure_is_still_the_facilitys(engine):
    a = _ask(engine, "兩位放射師今年各工作 300 天跟 200 天，全年篩檢 9500 例，這個月開始會被核扣嗎")
    assert [c.name for c in a.tool_calls] == ["hpa_facility_volume"], (a.route, a.answer[:200])
    assert a.tool_calls[0].result["excess_cases"] == 459


# Class 4: the QC item 閱片系統評估 said as 判讀系統 / 判讀螢幕 (zh-CN 判读系统 / 判读显示器) was not read: the whole
# answer was withheld. The lexicon names it now; the re-read of cases (複判) is still not this item.
@pytest.mark.parametrize(("question", "score"), [
    ("QC：劑量 91、假體影像 80、壓迫 87、照野 86、判讀系統 93，評等？", 93),
    ("乳攝儀實地測試，判讀螢幕 72 分，其他都 A，怎麼辦", 72),
    ("QC 判读系统 79、假体 88，评几等", 79),
])
def test_the_reading_system_said_as_the_interpretation_system(engine, question, score):
    a = _ask(engine, question)
    calls = [c for c in a.tool_calls if c.name == "hpa_qc_grade"]
    assert calls and calls[0].args["scores"]["reading_system"] == score, (a.route, a.answer[:200])


# Class 5: a figure said as nearly reached ("快 8 年", "將近 8 年", "RFA 快 180 例", "almost 8 years") was read as the
# figure itself — at the rule's line, a confidently wrong "eligible". Nearly N is below N: a bound, never the value.
@pytest.mark.parametrize("question", [
    "專科快 8 年了，RFA 200 例，可以申請消融指導老師嗎",
    "專科將近 8 年，TACE 320 例，腫瘤栓塞指導老師夠嗎",
    "专科快要 8 年，消融 200 例，可以当指导老师吗",
    "Almost 8 years as a specialist, 200 RFA cases — can I be an ablation instructor?",
    "專科 12 年，RFA 快 180 例了，消融指導老師夠嗎",
])
def test_a_figure_said_as_nearly_reached_is_never_the_figure(engine, question):
    a = _ask(engine, question)
    assert not any(c.result.get("eligible") for c in a.tool_calls), [(c.args, c.result.get("eligible")) for c in a.tool_calls]
    assert a.route != "calculator" or a.tool_calls[0].args.get("years_as_specialist") != 8


def test_a_completion_rate_said_as_nearly_the_line_is_not_at_the_line(engine):
    a = _ask(engine, "我們追蹤完成率將近 75%，會被扣款嗎")
    assert not any(c.result.get("deduction_pct") == 0 for c in a.tool_calls), [c.args for c in a.tool_calls]


# Class 6: 各 spreading one count over a list of kinds only when the list was joined by 、 and the count followed 各
# right away: "年會、月會各去了兩次", "年會和月會各 2 次" gave the annual meeting a count of 1. A short verb after 各 and
# the joiners 和 / 跟 / 及 now spread it too; people each with their own count ("我跟同事各去了一次") are no such list.
@pytest.mark.parametrize(("question", "count"), [
    ("今年年會、月會各去了兩次，積分多少", 2),
    ("今年年會和月會各 2 次，積分多少", 2),
    ("今年月會跟年會各參加了 3 次，幾分", 3),
    ("今年年会、月会各去了两次，学分多少", 2),
])
def test_each_spreads_a_count_over_a_list_of_kinds(engine, question, count):
    a = _ask(engine, question)
    calls = [c for c in a.tool_calls if c.name == "tsa_credit_tally"]
    assert calls, (a.route, a.answer[:200])
    counts = {it["kind"]: it.get("count", 1) for it in calls[0].args["activities"]}
    assert counts == {"tsa_annual_meeting": count, "tsa_monthly_meeting": count}


def test_each_said_of_people_is_no_list_of_kinds():
    from bot.parsing.text import distribute_each

    assert distribute_each("我跟同事各去了 1 次年會") == "我跟同事各去了 1 次年會"
    assert distribute_each("年會和月會各 2 次") == "年會 2 次、月會 2 次"


def test_each_said_of_years_alone_is_left_to_the_years_reading():
    from bot.parsing.text import distribute_each

    assert distribute_each("去年和今年月會各去了 4 次") == "去年和今年月會各去了 4 次"
    assert distribute_each("今年年會和月會各去了 2 次") == "今年年會 2 次、月會 2 次"
