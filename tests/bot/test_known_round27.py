"""Round 27, known classes left from the last rounds (issue 9): each class covered by several phrasings (zh-TW, zh-CN,
en) written for these tests, through the real engine and the real index."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


# Class 1: one's birth said without its day — a year, a year and a month, the ROC year, 年次, English — and the lifetime
# certificate (or whether renewing is still needed) asked. The verdict turns on the age on the application day, so the
# birth date and that day are asked back: never the rule's "可以" / "不需要" quoted as the person's answer.
@pytest.mark.parametrize("question", [
    "我1966年3月出生，可以申請終身指導老師證書嗎？",
    "我是民國55年3月生，還需要換證嗎？",
    "我66年次，可以申請終身嗎？",
    "我55年次的，指導老師證還要繼續換證嗎？",
    "我1966年生，明年可以申請終身證書嗎？",
    "出生年月 1966/03，想申請終身指導老師證書，可以嗎？",
    "我1966年出生，终身指导老师证书现在能申请吗？",
    "I was born March 1966, can I get the lifetime instructor certificate?",
    "I was born in 03/1966, am I eligible for the lifetime instructor certificate?",
    "Born 1966 — lifetime instructor certificate possible?",
])
def test_a_birth_without_its_day_asks_for_the_dates(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert any(m.startswith("birth_date") for m in a.missing), a.missing
    first = a.answer.splitlines()[0]
    assert not first.startswith(("可以", "不需要", "需要", "Yes", "No")), first


def test_a_full_birth_date_is_still_calculated(engine):
    """A birth date with its day and the application day said: the check itself, no question back."""
    a = _ask(engine, "我是1966年3月15日生，今天申請終身指導老師證書可以嗎？")
    assert a.route == "calculator", a.answer[:200]
    assert a.tool_calls[0].result["lifetime_eligible"] is True


def test_a_birth_year_beside_another_certificate_is_not_the_instructors(engine):
    """Renewing asked of the surgical certificate with a birth year: no instructor lifetime question back."""
    a = _ask(engine, "我1970年生，外科專科醫師證書還需要換證嗎？")
    assert not any(m.startswith("birth_date") for m in a.missing), a.missing
    assert not any(c.name == "tsir_renewal_check" for c in a.tool_calls)


def test_the_dates_in_a_reply_complete_the_lifetime_check(engine):
    first, final = _ask(engine, "我66年次，可以申請終身指導老師嗎？", "1977年5月2日出生，申請日 2026-12-01")
    assert first.route == "clarify"
    assert final.route == "calculator", final.answer[:200]
    assert final.tool_calls[0].result["lifetime_eligible"] is False


# Class 3: a calculator answer to a yes / no question leads with the yes / no, in the question's own verb and language,
# before the figure — the bad outcome asked ("會不會被扣") answered yes when it befalls, the good one ("夠不夠") when it holds.
@pytest.mark.parametrize(("question", "first_word"), [
    ("六年內放射線專科教育積分150分，另外SCI第一作者full article 1篇，這樣夠不夠換證？", "不夠。"),
    ("放射線专科教育积分 180 分，另外 SCI 第一作者 full article 1 篇，够换证吗？", "夠。"),
    ("I have 150 radiology CME points and one SCI full article as first author. Do I qualify for renewal?", "No. "),
    ("追蹤完成率68%，會不會被扣款？", "會。"),
    ("疑似陽性 100 例，完成追蹤 80 例，會被扣錢嗎？", "不會。"),
    ("疑似阳性 100 例，完成追踪 72 例，会不会被扣款？", "會。"),
    ("Follow-up completion was 72 out of 100 suspected positives. Will we be penalized?", "Yes. "),
    ("外科專科醫師六年學分 50、50、50、40、30、20，可以換證嗎？", "不可以。"),
    ("六年積分 120、110、100、100、90、100，外科專科證書夠不夠展延？", "夠。"),
    ("專科醫師 10 年，近六年消融 150 例，可以申請消融指導老師嗎？", "不可以。"),
    ("Specialist for 5 years with 200 ablations in the last six years — do I qualify as an ablation instructor?", "No. "),
])
def test_a_yes_no_calculation_leads_with_its_answer(engine, question, first_word):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert a.answer.startswith(first_word), a.answer.splitlines()[0]


@pytest.mark.parametrize("question", [
    "完成率72%，會被扣多少？",  # a figure asked: the figure leads
    "疑似陽性 100 例，完成追蹤 72 例，扣款比例多少？",
    "今年參加年會1次、月會3次，外科學分總共幾分？",  # a total: no verdict to lead with
])
def test_a_figure_asked_is_not_led_by_a_yes_no(engine, question):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert not a.answer.startswith(("會", "不會", "是", "否", "夠", "不夠", "Yes", "No")), a.answer.splitlines()[0]


def test_a_headline_that_already_answers_is_not_led_twice(engine):
    a = _ask(engine, "六年積分 100、100、100、100、100、100，可以展延嗎？")
    assert a.answer.startswith("可以申請展延"), a.answer.splitlines()[0]


# Class 4: an annual meeting of a society not named ("學會年會", "a society annual meeting") is not counted silently as the
# TSA's own: the assumption is shown, saying another society's meeting is credited differently.
def _tally(answer):
    assert answer.route == "calculator", (answer.route, answer.answer[:200])
    assert answer.tool_calls[0].name == "tsa_credit_tally"
    return answer


@pytest.mark.parametrize("question", [
    "今年去了學會年會1次、月會2次，學分多少？",
    "今年参加了学会年会一次，月会4次，积分多少？",
    "今年參加醫學會的年會一次，月會3次，外科積分幾分？",
    "I attended a society annual meeting and 2 monthly meetings this year, how many credits?",
])
def test_an_unnamed_societys_annual_meeting_is_an_assumption_shown(engine, question):
    a = _tally(_ask(engine, question))
    said = [x for x in a.assumptions if "本會（台灣外科醫學會）年會" in x or "the TSA's own annual meeting" in x]
    assert said, a.assumptions
    assert "假設" in a.answer or "Assumptions" in a.answer


@pytest.mark.parametrize("question", [
    "今年外科醫學會年會有去，月會跑了4次，這樣今年累積幾分？",
    "今年年會去了兩次，月會5次，積分多少",
    "This year: the TSA annual meeting once and 3 monthly meetings. Credits?",
])
def test_the_tsas_own_annual_meeting_needs_no_assumption(engine, question):
    a = _tally(_ask(engine, question))
    assert not any("沒有說是哪個學會" in x or "does not say whose" in x for x in a.assumptions), a.assumptions


def test_a_meetings_length_is_named_by_its_kind_not_its_key(engine):
    """The length set aside is said of the meeting by its name ("本會年會"), never the input's key."""
    a = _tally(_ask(engine, "今年參加學會年會2天，月會3次，外科學分總共幾分？"))
    assert not any("tsa_annual_meeting" in x for x in a.assumptions), a.assumptions


# Class 2: an approximate figure ("約 N", "大概 N", "about N", "roughly N") a yes / no is asked of is read as a range (the figure
# give or take 5 %): the verdict is given where it is the same over the whole range, the range said; where it turns inside it,
# the exact figure is asked for, and a reply of the figure alone completes the check.
@pytest.mark.parametrize("question", [
    "I have roughly 180 radiology CME points plus one SCI case report as first author, do I qualify for renewal?",
    "疑似陽性 100 例，完成追蹤約 72 例，會被扣款嗎？",
    "疑似阳性 100 例，完成追踪大概 74 例，会不会被扣钱？",
    "放射線專科教育積分大概 195 分，夠換證嗎？",
])
def test_a_verdict_that_turns_inside_an_approximate_figure_asks_for_it(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert any(m.startswith("rough:") for m in a.missing), a.missing
    assert not a.tool_calls


@pytest.mark.parametrize(("question", "first_word"), [
    ("六年內放射線專科教育積分大概 250 分，夠換證嗎？", "夠。"),
    ("疑似陽性 100 例，完成追蹤約 50 例，會被扣款嗎？", "會。"),
    ("I have about 300 radiology CME points, enough to renew?", "Yes. "),
    ("放射線专科教育积分约 120 分，够换证吗？", "不夠。"),
])
def test_a_verdict_the_same_over_the_range_is_given_with_the_range(engine, question, first_word):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert a.answer.startswith(first_word), a.answer.splitlines()[0]
    assert any("結論都相同" in x or "the verdict is the same" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize(("question", "reply", "args"), [
    ("疑似陽性 100 例，完成追蹤約 72 例，會被扣款嗎？", "73 例", {"completed_cases": 73}),
    ("I have roughly 180 radiology CME points plus one SCI case report as first author, do I qualify for renewal?", "183",
     {"cme_points": 183}),
])
def test_the_exact_figure_replied_completes_the_check(engine, question, reply, args):
    _, final = _ask(engine, question, reply)
    assert final.route == "calculator", final.answer[:200]
    assert all(final.tool_calls[0].args[k] == v for k, v in args.items()), final.tool_calls[0].args


def test_a_figure_asked_of_an_approximate_one_is_computed_with_the_assumption(engine):
    """How much is deducted (no yes / no): computed from the figure said, the approximation shown."""
    a = _ask(engine, "追蹤完成率大概 72%，這樣會被扣多少？")
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert any("約略" in x for x in a.assumptions), a.assumptions


# Class 2, ranges: a figure said as a range ("170 到 180 分", "50 到 55 例", "between 250 and 280") in a yes / no question is
# computed where the verdict is the same at both ends (the range said), else the exact figure is asked for.
@pytest.mark.parametrize(("question", "first_word"), [
    ("放射線專科教育積分 230 到 250 分，夠換證嗎？", "夠。"),
    ("疑似陽性 100 例，完成追蹤 50 到 55 例，會被扣款嗎？", "會。"),
    ("疑似阳性 100 例，完成追踪 80 至 90 例，会不会被扣款？", "不會。"),
    ("I have between 250 and 280 radiology CME points, enough to renew?", "Yes. "),
])
def test_a_range_with_one_verdict_is_computed_and_said(engine, question, first_word):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert a.answer.startswith(first_word), a.answer.splitlines()[0]
    assert any("是一個範圍" in x or "is a range" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "放射線專科教育積分 170 到 180 分，另外SCI第一作者case report 1篇，夠換證嗎？",
    "疑似陽性 100 例，完成追蹤 70 到 76 例，會被扣款嗎？",
    "I have between 150 and 250 radiology CME points, enough to renew?",
])
def test_a_range_across_the_verdicts_line_asks_for_the_figure(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert any(m.startswith("rough:") for m in a.missing), a.missing


def test_the_exact_figure_replied_to_a_range_completes_the_check(engine):
    _, final = _ask(engine, "疑似陽性 100 例，完成追蹤 70 到 76 例，會被扣款嗎？", "74 例")
    assert final.route == "calculator", final.answer[:200]
    assert final.tool_calls[0].args["completed_cases"] == 74
    assert final.answer.startswith("會。"), final.answer.splitlines()[0]
