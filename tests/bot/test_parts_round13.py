"""Multi-part questions, thirteenth round (SPEC §3 `parts`): classes of messages asking several things at once.

Every phrasing here is new (zh-TW, zh-CN, en), written for the class, not taken from an eval bank. Real engine
(conftest: real index on disk, real calculators, no model).
"""

from __future__ import annotations

import datetime

import pytest

from bot.parts import split_parts

TODAY = datetime.date(2026, 11, 25)


def _tools(answer):
    return [[c.name for c in p.tool_calls] for p in answer.parts]


# ------------------------------------------------------------------ a question asking "when" with no question mark

@pytest.mark.parametrize("text", [
    "完成率 66%，補助 300 萬，扣幾趴？另外一個 0 類 10/3 篩的，最晚哪天要複檢",
    "完成率 71%，补助 150 万，扣多少？还有一个 3 类的 9/9 筛的，什么时候要复检",
    "deduction at 62% with a 1,800,000 subsidy? also a cat 5 screened 2026-11-02, diagnosis due when",
    "追蹤完成 58%，要扣幾 %？順便問 4 類的個案 11/1 篩檢，何時前要確診",
    "疑陽 90 例完成 70 例扣多少？然後 category 0 在 10 月 5 日篩的，複檢截止是哪一天",
])
def test_a_trailing_when_question_without_its_mark_is_a_part_of_its_own(text):
    pieces, numbered = split_parts(text)
    assert not numbered and pieces is not None and len(pieces) == 2, pieces
    assert any(w in pieces[1] for w in ("哪", "什么时候", "when", "何時")), pieces


@pytest.mark.parametrize("question", [
    "完成率 64%，補助 2,500,000，扣多少？另外一個 4 類個案今年 10/28 篩的，最晚何時要確診",
    "follow-up completion 69%, subsidy NT$800,000 — how much is deducted? also a category 3 screened on 2026-09-15, recall by when",
])
def test_a_deduction_and_a_deadline_without_a_second_mark_are_both_answered(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert _tools(answer) == [["hpa_followup_deduction"], ["hpa_followup_deadline"]], answer.answer
    assert [p.route for p in answer.parts] == ["calculator", "calculator"]


# ------------------------------------------------------------------ one call, two separate checks: a month and a van day

@pytest.mark.parametrize(("question", "monthly", "daily", "on_van"), [
    ("阿芳這個月已經拍了 515 案；上週六巡迴車上 2 位放射師一天拍了 88 案。月量跟單日各有沒有超？", 515, 88, 2),
    ("巡迴車昨天 3 位放射師一共拍了 117 案，其中小陳本月累計 556 案，哪些地方超標了？", 556, 117, 3),
    ("乳摄车上周三 2 名放射师拍了 84 例；另外其中一位这个月累计 498 例，两个都帮我看看有没有超", 498, 84, 2),
    ("One of our techs is at 545 screenings this month, and on Friday the van (2 techs) did 79. Any limit broken?", 545, 79, 2),
    ("mobile unit check: 3 RTs did 121 exams on Monday; separately I myself have done 503 this month. over the monthly cap? over the daily cap?",
     503, 121, 3),
])
def test_a_month_and_a_van_day_are_answered_as_two_parts_of_one_call(engine, question, monthly, daily, on_van):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "calculator", answer.answer
    # the whole message is one calculation …
    assert len(answer.tool_calls) == 1
    assert answer.tool_calls[0].args == {"monthly_screenings": monthly, "daily_screenings_on_van": daily,
                                         "radiographers_on_van": on_van}
    # … answering two questions, one part each, in the order the message states them, each with its own facts only
    by_part = [p.tool_calls[0].args for p in answer.parts]
    month_first = question.find(str(monthly)) < question.find(str(daily))
    expected = [{"monthly_screenings": monthly}, {"daily_screenings_on_van": daily, "radiographers_on_van": on_van}]
    assert by_part == (expected if month_first else expected[::-1])
    month = next(p for p in answer.parts if "monthly_screenings" in p.tool_calls[0].args)
    day = next(p for p in answer.parts if "daily_screenings_on_van" in p.tool_calls[0].args)
    assert month.tool_calls[0].result["over_monthly_cap"] is (monthly > 500)
    assert month.tool_calls[0].result["van_spot_review"] is (monthly > 550)
    assert day.tool_calls[0].result["over_van_daily_cap"] is (daily > 40 * on_van)
    assert "hpa-mammo/2.4.1" in [c.id for c in day.citations]
    assert "hpa-mammo/2.1.2.3.1" in [c.id for c in month.citations]


def test_a_month_alone_or_a_van_day_alone_is_one_answer_with_no_parts(engine):
    for question in ("小吳這個月拍了 530 案，有沒有超過上限？", "van with 3 techs did 126 today, over the daily limit?"):
        answer = engine.answer(question, today=TODAY)
        assert answer.route == "calculator" and answer.parts == [], answer.answer
