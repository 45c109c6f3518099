"""Round 38, words the reader took for figures or left unread (words38; zh-TW, zh-CN and English phrasings of our own):

1. A total said as a bound next to the items it is of ("加起來有過600", "總共超過 600 分", "加起来至少600了", "over 600 in
   total", "at least 600 altogether"): the person's claim about what the items add up to — never an item, never the
   rule's line even when its figure is the rule's. Items agreeing: computed, the claim shown in the reading as checked;
   items disagreeing: asked, as an exact stated total that differs is. A bound asked ("有沒有過600") is the question.
2. English "one" of the message itself ("(sorry, long one)", "one more question", "one last thing", "here's one for
   you"): no count of 1. "one annual meeting", "one 3-hour seminar", "one of the annual meetings" stay counts.
3. A radiographer said not (yet) qualified ("還沒通過資格審查…應該不算吧？", "資格還沒下來", "还没拿到资格", "isn't certified
   yet", "uncertified"): her days set aside (二(一)2(3)乙 counts the qualified ones only), shown unused, the volume
   computed — the bracketed aside's own question is no part of its own.
4. Sampled scores listed with the full-width comma of Chinese typing ("318，325，330，322"): a list, never one number in
   thousands ("16，500 案", "1，250，000 元" stay numbers); the sampled films said with who drew them ("the films they pulled
   from us", "國健署挑走的片子").
5. A lecture given said as teaching it ("國內講課 2 次", "国内授课", "gave 2 lectures in Taiwan"): the TSIR renewal's
   lecturer / moderator, domestic (5.3) — a reply completing the papers keeps it; a lecture heard ("聽課") is not it.
"""

from __future__ import annotations

import pytest

from bot.parsing.numbers import normalize_numerals
from bot.parsing.text import listed_with_commas
from tests.bot.conftest import ask_and_reply


def _call(answer, name):
    calls = [c for c in answer.tool_calls if c.name == name]
    assert calls, (answer.route, answer.missing, answer.unused, answer.answer[:300])
    return calls[0]


# ---------------------------------------------------------------- 1. a total said as a bound

@pytest.mark.parametrize(("question", "credits"), [
    ("證書六年每年積分：120、95、0、150、130、140（第三年出國唸書沒去）。加起來有過600，可以展廷嗎？",
     [120, 95, 0, 150, 130, 140]),
    ("六年積分分別是 100、110、95、105、120、115，總共超過 600 分，可以展延嗎？", [100, 110, 95, 105, 120, 115]),
    ("六年积分：100、110、95、105、120、115，加起来至少600了，能换证吗？", [100, 110, 95, 105, 120, 115]),
    ("My six yearly totals are 100, 110, 95, 105, 120, 115 — over 600 in total. Can I renew?", [100, 110, 95, 105, 120, 115]),
    ("六年的積分：90、80、100、95、85、70，加起來不到600，還差多少？", [90, 80, 100, 95, 85, 70]),
])
def test_a_total_bound_the_items_agree_with_is_checked(ask, question, credits):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.unused)
    assert _call(a, "tsa_renewal_check").args["yearly_credits"] == credits
    assert any(r.fact.startswith("your total (") and r.fact.endswith("checked") for r in a.reading), a.reading
    assert "合計" in a.answer or "total" in a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("六年積分 90、80、100、95、85、70，合計破600，可以展延嗎？", "超過 600"),
    ("Yearly credits 90, 80, 100, 95, 85, 70, so at least 600 altogether, right? Can I renew?", "at least 600"),
    ("六年积分 150、130、140、120、110、100，加起来不到600，还差多少？", "不到 600"),
])
def test_a_total_bound_the_items_disagree_with_is_asked(ask, question, said):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.tool_calls)
    assert not a.tool_calls
    assert said in a.answer, a.answer[:200]


@pytest.mark.parametrize(("question", "route"), [
    # a bound asked is the question, answered by the calculation
    ("六年積分：100、110、95、105、120、115，加起來有沒有過600？", "calculator"),
    ("Six years: 100, 110, 95, 105, 120, 115. Is that over 600 in total?", "calculator"),
    # an exact total: agreeing is checked, disagreeing asked (as before)
    ("六年積分：100、110、95、105、120、115，加起來 645，可以展延嗎？", "calculator"),
    ("六年積分：100、110、95、105、120、115，加起來 600，可以展延嗎？", "clarify"),
])
def test_near_misses_of_a_total_bound(ask, question, route):
    assert ask(question).route == route


# ---------------------------------------------------------------- 2. English "one" of the message itself

@pytest.mark.parametrize(("text", "kept"), [
    ("Hi, QA office here (sorry, long one). We have", "long one)"),
    ("Sorry, one more question (long one): our", "one more question"),
    ("One last thing: my papers", "One last thing"),
    ("Here's one for you — I attended", "one for you"),
    ("One quick question about surgery CME", "One quick question"),
    ("ok one more: what about", "one more:"),
])
def test_one_of_the_message_is_no_count(text, kept):
    assert kept in normalize_numerals(text)


@pytest.mark.parametrize(("text", "read"), [
    ("I attended one course", "1 course"),
    ("one of the annual meetings", "1 of the annual meetings"),
    ("I have one more SCI paper", "1 more SCI paper"),
    ("one more meeting in 2025", "1 more meeting"),
    ("one last paper", "1 last paper"),
    ("(just one)", "(just 1)"),
])
def test_one_counting_stays_a_count(text, read):
    assert read in normalize_numerals(text)


@pytest.mark.parametrize(("question", "tool", "check"), [
    ("Hi, QA office here (sorry, long one). For the follow-up review: our three qualified techs' self-picked sets came back "
     "Chen non-dense 352 / dense 358, Lin non-dense 365 / dense 349, Wu non-dense 341 / dense 362. Facility grade?",
     "hpa_image_grade", {"score_used": 362, "grade": "A"}),
    ("Sorry, one more question (long one): our follow-up completion: 80 suspected positive cases, 58 completed. "
     "What's the deduction?", "hpa_followup_deduction", {"deduction_pct": 5}),
    ("One last thing: one SCI paper as first author and one of the annual meetings in 2024, how many credits?",
     "tsa_credit_tally", {"total": 110}),
    ("Here's one for you — I attended one annual meeting and one 3-hour domestic seminar in 2025. Credits?",
     "tsa_credit_tally", {"total": 70}),
])
def test_one_of_the_message_is_never_asked_back(ask, question, tool, check):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing)
    result = _call(a, tool).result
    assert {k: result[k] for k in check} == check


# ---------------------------------------------------------------- 3. a radiographer not (yet) qualified

@pytest.mark.parametrize(("question", "days", "screenings", "aside"), [
    ("醫管課想確認今年乳攝量有沒有超量：合格放射師三位，兩位整年 365 天，另一位7月才來，算 200 天（含假日），今年篩了 16,500 案。"
     "（另外還有一位新人還沒通過資格審查，今年也排了 80 天班，應該不算吧？）合理量多少？有沒有哪些案子會被不給付？",
     [365, 365, 200], 16500, "80"),
    ("我们有 3 个合格放射师，分别工作 365、365、180 天（还有一个新来的没通过资格审查，排了 60 天，不算吧？），今年筛了 16000 案，"
     "合理量多少？超量吗？", [365, 365, 180], 16000, "60"),
    ("合格放射師兩位，各 365 天；另一位新來的資格還沒下來，上了 100 天。今年篩檢 13,000 案，合理量是多少？有超量嗎？",
     [365, 365], 13000, "100"),
    ("两位合格放射师全年 365 天，还有一位还没拿到资格（做了 150 天），今年筛检 12500 案，合理量多少？会不会被扣？",
     [365, 365], 12500, "150"),
    ("Volume check: 2 qualified RTs at 365 days each, plus a new tech who isn't certified yet (90 days — doesn't count, "
     "right?). We did 13,500 screenings. Reasonable volume and any excess?", [365, 365], 13500, "90"),
    ("Our radiographers: A 365 days, B 300 days, C 100 days but C is not qualified yet, so she doesn't count? 12,000 "
     "screenings this year. Over the allowed volume?", [365, 300], 12000, "100"),
    ("Two qualified radiographers, 365 and 250 days; a third one still uncertified worked 120 days. 11,000 screenings "
     "this year. What's the reasonable volume?", [365, 250], 11000, "120"),
])
def test_the_unqualified_radiographers_days_are_set_aside(ask, question, days, screenings, aside):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.unused)
    assert len(a.tool_calls) == 1, [(c.name, c.args) for c in a.tool_calls]
    call = _call(a, "hpa_facility_volume")
    assert call.args == {"radiographer_work_days": days, "annual_screenings": screenings}
    assert any(aside in u for u in a.unused), a.unused
    assert any("資格審查" in n or "qualified" in n for n in a.assumptions), a.assumptions


def test_a_third_radiographer_with_no_word_on_qualification_is_still_asked(ask):
    a = ask("合格放射師兩位，各 365 天；另一位新來的 100 天。今年篩檢 13,000 案，合理量是多少？有超量嗎？")
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.tool_calls)


# ---------------------------------------------------------------- 4. sampled scores listed with full-width commas

@pytest.mark.parametrize(("text", "out"), [
    ("318，325，330，322", "318、325、330、322"),
    ("341，352", "341、352"),
    ("16，500 案", "16，500 案"),
    ("1，250，000 元", "1，250，000 元"),
    ("360，000 元", "360，000 元"),
])
def test_full_width_commas_between_figures(text, out):
    assert listed_with_commas(text) == out


@pytest.mark.parametrize(("question", "scores"), [
    ("我们医院这次被抽片，机构的抽选片四组分数：318，325，330，322。机构评等算出来是几等？负责医师要做什么？", [318, 325, 330, 322]),
    ("我們醫院這次被抽片，機構的抽選片四組分數：318，325，330，322。機構評等是幾等？", [318, 325, 330, 322]),
    ("國健署來抽片，我們醫院被抽到的片子分數是 341，352，338，347，機構評等是幾等？", [341, 352, 338, 347]),
    ("这次抽查的影像四组：355，362，349，358，医院评等几等？", [355, 362, 349, 358]),
    ("醫院被抽審的片子四組分數 318 / 325 / 330 / 322，機構評等幾等？", [318, 325, 330, 322]),
    ("國健署挑走的四組片子分數：341，352，338，347，醫院是幾等？", [341, 352, 338, 347]),
    ("The spot-check films they pulled from us scored 341, 352, 338, 347. What grade does the hospital get?",
     [341, 352, 338, 347]),
    ("They pulled four random films from our hospital for review: 318 325 330 322. What's the facility's grade?",
     [318, 325, 330, 322]),
])
def test_sampled_scores_listed(ask, question, scores):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing)
    call = _call(a, "hpa_image_grade")
    assert call.args == {"subject": "facility", "kind": "sampled", "scores": scores}


@pytest.mark.parametrize(("question", "tool", "args"), [
    ("今年篩了 16，500 案，合格放射師三位各 365 天，合理量多少？", "hpa_facility_volume",
     {"radiographer_work_days": [365, 365, 365], "annual_screenings": 16500}),
    ("去年補助 1，250，000 元，完成率 68%，扣多少錢？", "hpa_followup_deduction",
     {"completion_rate_pct": 68, "annual_subsidy": 1250000}),
    ("我們放射師這個月做了 560 案，會不會被抽片審查？", "hpa_radiographer_volume", {"monthly_screenings": 560}),
])
def test_numbers_in_thousands_and_the_spot_review_stay(ask, question, tool, args):
    assert _call(ask(question), tool).args == args


# ---------------------------------------------------------------- 5. domestic lectures of the TSIR renewal

_LECTURES = {"kind": "lecturer_or_moderator", "count": 2, "scope": "domestic"}


@pytest.mark.parametrize(("question", "papers"), [
    ("我有3篇SCI全文都是第一作者，另外国内讲课2次，换证200分够不够？", {"kind": "sci_full_article", "count": 3, "role": "first"}),
    ("换证积分：SCI 全文通讯作者 3 篇，国内授课 2 次，够 200 吗？", {"kind": "sci_full_article", "count": 3, "role": "corresponding"}),
    ("指導老師換證：SCI 全文第一作者 3 篇，在國內學會講課 2 次，夠 200 分嗎？", {"kind": "sci_full_article", "count": 3, "role": "first"}),
    ("TSIR renewal: 3 SCI full articles as first author, and I gave 2 talks in Taiwan. Enough for 200?",
     {"kind": "sci_full_article", "count": 3, "role": "first"}),
])
def test_domestic_lectures_count_for_the_renewal(ask, question, papers):
    a = ask(question)
    call = _call(a, "tsir_renewal_check")
    assert call.args["activities"] == [papers, _LECTURES]
    assert call.result["points"] == 160 and call.result["shortfall"] == 40


@pytest.mark.parametrize(("question", "reply"), [
    ("我有几篇SCI全文，另外国内讲课2次，换证200分够不够？", "3 篇，都是第一作者"),
    ("我有幾篇 SCI 全文，另外國內講課 2 次，換證夠不夠？", "3篇，第一作者"),
    ("I have a few SCI full papers and gave 2 lectures in Taiwan. Is it enough for the TSIR renewal?", "3, all first author"),
])
def test_the_reply_completing_the_papers_keeps_the_lectures(engine, question, reply):
    first, a = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    call = _call(a, "tsir_renewal_check")
    assert call.result["points"] == 160 and call.result["eligible"] is False


def test_lectures_heard_are_no_lectures_given(ask):
    a = ask("指導老師換證：SCI 全文第一作者 3 篇，國內會議聽課 2 次，夠 200 分嗎？")
    assert not any(act.get("kind") == "lecturer_or_moderator" for c in a.tool_calls for act in c.args.get("activities", []))


# ---------------------------------------------------------------- (met on the way) a total said with the verb of doing

@pytest.mark.parametrize(("question", "cases"), [
    ("RFA 做過 120 例、MWA 60 例，總共做過 180 例，專科 10 年，可以申請消融指導老師嗎？", 180),
    ("RFA 做过 120 例、MWA 60 例，一共做了 180 例，专科 10 年，能申请消融指导老师吗？", 180),
    ("消融總共做過 190 例，專科 9 年，可以申請指導老師嗎？", 190),
])
def test_a_total_said_with_the_verb_of_doing_is_no_item(ask, question, cases):
    call = _call(ask(question), "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases
