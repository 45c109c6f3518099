"""Round 42 (zh42): Chinese calculator and clarify questions. Each class with phrasings written for this test (none a
blind bank's), zh-TW / zh-CN / English where the class exists, and near misses that must not change:

1. A line a yes / no question asks about — a verb of reaching right before the number and the question's end right after
   it ("肿瘤栓塞够300例了吗", "消融有沒有滿180例", "达到 180 例了吗", "is that enough for 100 … cases?") — is never the person's
   own count: with no count of theirs it is asked for (the eligibility question still read as one), with their counts
   given those are computed (70 + 25, never 70 + 25 + 100). Where the line is the rule's own, `unused` says so.
   A threshold restated ("完成率不晓得有没有过 75%") is no rate of theirs: the completed count is asked and the reply
   completes it.
2. A figure said to be counted already in another ("其中 4 位转院追踪的已包含在内", "這些都算在未完成那邊了", "already included in
   the not-completed", "(already counted)") is a note: shown in `unused` with why, the stated figures computed. A figure said
   without that note ("另外 6 位搬家聯絡不到") is still asked about; a part that carries a role ("其中 2 次是講者（已包含在 5 次
   裡）") keeps its reading, and the count it points back at is no new fact.
3. A part carrying another part's result (this year's credits as the sixth year, "加上今年够不够 600"): the carried entry is
   read from that result (said so in the part), 600 is the line asked, never the sixth year; a sixth year said outright
   ("今年算 200 的話") is used instead.
"""

from __future__ import annotations

import datetime

import pytest

from tests.bot.conftest import ask_and_reply, calculator_call

TODAY = datetime.date(2026, 12, 5)


def _ask(engine, question):
    return engine.answer(question, None, today=TODAY)


# ------------------------------------------------------------------ 1. the line asked is never the person's count

@pytest.mark.parametrize("question", [
    "专科9年，近六年做了一些TACE，肿瘤栓塞够300例了吗？",
    "專科10年，這幾年都有在做 RFA，消融有沒有滿180例？",
    "我做了很多 RFA，消融夠不夠 180 例？",
    "Board-certified 9 years, I've done some PAE and UAE in the last six years — is that enough for 100 non-tumour "
    "embolization cases?",
])
def test_the_line_asked_with_no_count_of_ones_own_asks_for_it(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert a.tool_calls == []
    assert a.missing, a.answer[:200]


@pytest.mark.parametrize(("question", "reply", "shortfall"), [
    ("專科10年，這幾年都有在做 RFA，消融有沒有滿180例？", "RFA 150 例", 30),
    ("Board-certified 9 years, I've done some PAE and UAE in the last six years — is that enough for 100 non-tumour "
     "embolization cases?", "PAE 70, UAE 25", 5),
])
def test_the_count_replied_completes_the_eligibility(engine, question, reply, shortfall):
    _, a = ask_and_reply(engine, question, reply)
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert call.result["eligible"] is False and call.result["shortfall"] == shortfall, call.result


@pytest.mark.parametrize(("question", "cases", "shortfall"), [
    ("專科10年，近6年 PAE 70 例、UAE 25 例，非腫瘤栓塞夠100例了嗎？", 95, 5),
    ("专科9年，近六年TACE 200例，肿瘤栓塞够180例了吗", 200, 100),
    ("Specialist for 10 years, did PAE 70 and UAE 25 in the last 6 years. Is that enough for 100 non-tumour "
     "embolization cases?", 95, 5),
])
def test_own_counts_beside_the_line_are_computed_without_it(engine, question, cases, shortfall):
    call = calculator_call(_ask(engine, question), "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases
    assert call.result["shortfall"] == shortfall


@pytest.mark.parametrize(("question", "words"), [
    ("專科10年，近6年 PAE 70 例、UAE 25 例，非腫瘤栓塞夠100例了嗎？", "與規定的門檻相同"),
    ("Specialist for 10 years, did PAE 70 and UAE 25 in the last 6 years. Is that enough for 100 non-tumour "
     "embolization cases?", "the same as the rule's own"),
])
def test_the_line_is_shown_as_the_rules_in_unused(engine, question, words):
    a = _ask(engine, question)
    assert any(words in u for u in a.unused), a.unused


@pytest.mark.parametrize(("question", "reply", "rate", "deduction"), [
    ("今年疑似阳性 200 人，追踪完成率不晓得有没有过 75%，会被扣钱吗？", "完成 140 人", 70, 5),
    ("疑似陽性 160 位，完成率不確定有沒有到 75%，會扣款嗎？", "完成 150 位", 93.75, 0),
])
def test_a_threshold_restated_asks_the_completed_count(engine, question, reply, rate, deduction):
    first, a = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any(m.startswith("completed_cases") for m in first.missing), first.missing
    call = calculator_call(a, "hpa_followup_deduction")
    assert call.result["completion_rate_pct"] == pytest.approx(rate, abs=0.01)
    assert call.result["deduction_pct"] == deduction


@pytest.mark.parametrize(("question", "total"), [
    ("今年月會5次、年會1次，夠200分嗎？", 160),
    ("今年月会3次，够不够60分？", 60),
])
def test_a_mark_asked_beside_ones_activities_stays_a_mark(engine, question, total):
    assert calculator_call(_ask(engine, question), "tsa_credit_tally").result["total"] == total


@pytest.mark.parametrize(("text", "number", "asked"), [
    ("非肿瘤栓塞够100例了吗", "100", True),
    ("腫瘤栓塞達到 180 例了嗎", "180", True),
    ("完成率過75%了沒", "75", True),
    ("is that enough for 100 non-tumour embolization cases?", "100", True),
    ("have I reached 180 yet", "180", True),
    ("近6年做過 100 例", "100", False),  # 做過: done, no line
    ("夠 100 例，專科 9 年", "100", False),  # no question's end after it
])
def test_what_an_asked_line_is(text, number, asked):
    from bot.reader.mentions import asked_line

    at = text.index(number)
    assert asked_line(text, at, at + len(number)) is asked


# ------------------------------------------------------------------ 2. a figure already counted in another is a note

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("去年疑似阳性 150 位，完成追踪 110 位，其中 4 位转院追踪的已包含在内，会扣多少？", 150, 110),
    ("疑似陽性 200 人、追蹤完成 145 人；有 10 位拒絕追蹤，這些都算在未完成那邊了。扣款？", 200, 145),
    ("Suspected positive 120, follow-up completed 85 (7 moved away and could not be reached — already included in the "
     "not-completed). What's the deduction?", 120, 85),
    ("Follow-up: 96 suspected positives, 70 completed; 5 of the completed were done at another hospital (already "
     "counted). Deduction?", 96, 70),
])
def test_a_figure_already_counted_is_a_note(engine, question, suspected, completed):
    a = _ask(engine, question)
    call = calculator_call(a, "hpa_followup_deduction")
    assert call.args == {"suspected_positive_cases": suspected, "completed_cases": completed}
    assert any("已包含在其他數字裡" in u or "already counted" in u for u in a.unused), a.unused


@pytest.mark.parametrize("question", [
    "疑陽 88 位，完成 52 位，另外 6 位搬家聯絡不到，扣款比例？",
    "疑陽 88 位，完成 52 位，另外 6 位後來也完成了，扣款比例？",
])
def test_a_figure_without_the_note_is_still_asked(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and a.tool_calls == [], (a.route, a.answer[:200])


@pytest.mark.parametrize("question", [
    "今年月會 5 次，其中 2 次是講者（已包含在 5 次裡），幾分？",
    "今年月會 5 次，其中 2 次是講者（已經算在裡面），幾分？",
    "This year 5 monthly meetings, 2 of them as speaker (already included in the 5). Credits?",
])
def test_a_part_with_a_role_keeps_its_reading(engine, question):
    call = calculator_call(_ask(engine, question), "tsa_credit_tally")
    assert call.result["total"] == 140
    assert sorted((i["kind"], i["count"]) for i in call.args["activities"]) == [("tsa_monthly_meeting", 5), ("tsa_monthly_speaker", 2)]


@pytest.mark.parametrize(("text", "number", "counted"), [
    ("疑陽 88 位，完成 52 位（另外有 6 位搬家聯絡不到，已經算在沒完成裡）", "6", True),
    ("完成 110 位，其中 4 位转院追踪的已包含在内", "4", True),
    ("completed 85 (7 moved away — already included)", "7", True),
    ("月會 5 次，其中 2 次是講者也算進去嗎", "2", False),  # asked whether it counts
    ("疑陽 88 位（已經算在內）", "88", False),  # the first figure said: nothing to be counted in
])
def test_what_already_counted_is(text, number, counted):
    from bot.reader.mentions import already_counted

    at = text.index(number)
    assert already_counted(text, at, at + len(number)) is counted


# ------------------------------------------------------------------ 3. a part carrying another part's result

@pytest.mark.parametrize(("question", "year_total", "years", "total"), [
    ("今年（第六年）参加了年会 1 次、月会 3 次，今年几分？前五年是 90、110、100、95、105，加上今年够不够 600？",
     120, [90, 110, 100, 95, 105, 120], 620),
    ("今年去了月會4次、年會1次，今年共幾分？前五年積分 120、100、90、85、110，連同今年有沒有滿600？",
     140, [120, 100, 90, 85, 110, 140], 645),
    ("This year (year 6 of my certificate) I went to 1 annual meeting and 2 monthly meetings — how many credits this year? "
     "The first five years were 100, 120, 90, 110, 95; with this year, is that enough for 600?",
     100, [100, 120, 90, 110, 95, 100], 615),
])
def test_the_sixth_year_is_the_first_parts_result(engine, question, year_total, years, total):
    a = _ask(engine, question)
    assert len(a.parts) == 2, (a.route, a.answer[:300])
    assert calculator_call(a.parts[0], "tsa_credit_tally").result["total"] == year_total
    renewal = calculator_call(a.parts[1], "tsa_renewal_check")
    assert renewal.args["yearly_credits"] == years and renewal.result["total"] == total
    carried = [r for r in a.parts[1].reading if "part 1" in r.fact]
    assert carried and carried[0].value == year_total, a.parts[1].reading
    # (the carried year is read from the result, never from an equal figure of the person's words)
    assert not any(r.fact == "yearly_credits[5]" and r.text for r in a.parts[1].reading), a.parts[1].reading
    assert len([u for u in a.unused if "600" in u]) <= 1, a.unused


def test_a_sixth_year_said_outright_is_used(engine):
    a = _ask(engine, "今年年會1次、月會2次，今年幾分？前五年 100、120、90、110、95，今年算 200 的話夠600嗎")
    assert calculator_call(a.parts[1], "tsa_renewal_check").args["yearly_credits"] == [100, 120, 90, 110, 95, 200]
