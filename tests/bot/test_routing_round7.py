"""Routing, parts, clarify and scope classes of the seventh round's development data (SPEC §3, issue 9).
Wordings are our own, never the eval sentences.

- how long a sanction of one's own case lasts ("會被停權嗎？要停多久") is the calculator's verdict, not a duration of
  the rule asked in general;
- an activity put as a case of the rule ("attending a 2-day … — how many points?") asks the rule's rate; how much a
  posting "takes off" the renewal requirement asks the rule's reduction;
- a lead-in counting the questions without a figure ("一次問幾個：", "A few questions:") is no fact of a part;
- a vague count said exactly right after ("好幾次講師，一共 3 次") is that count, and its question back completes;
- neighbours: another society's specialist certificate (a breast surgery society), the screening programme's own
  eligibility (which women, how often, free), a technologist's licence with a gloss in brackets;
- ours that were refused: where to get the application form and how to hand it in, a bare 學會 after 只限, a meeting
  "of the X society" someone attended.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.parts import split_parts
from bot.routing import asks_the_rule, decide_calculation
from bot.scope import assess, neighbour_kind, out_of_scope_marker
from bot.vague import find_vague, settle_vague
from tests.bot.conftest import TODAY, ask_and_reply


# ------------------------------------------------------------------ sanction length with one's own figures


@pytest.mark.parametrize("question", [
    "前次審查已經要求參加座談會，這回陽性複判差異 58%、陰性 9%，她會不會被停權？停多久？",
    "上次已被要求参加判片座谈会，这次阳性差异 55%、阴性 12%，会不会被停权？要停多久？",
    "She was already told to attend the case conference last time; now positive discrepancy 53%, negative 8%. "
    "Will she be suspended, and for how long?",
])
def test_how_long_ones_own_sanction_lasts_is_computed(ask, question):
    answer = ask(question)
    assert answer.route == "calculator"
    assert [c.name for c in answer.tool_calls] == ["hpa_reread_action"]
    assert answer.tool_calls[0].result["tier"] == "stop_and_suspend"


@pytest.mark.parametrize("question", ["陽性複判差異超過 50% 會停權多久？", "停權要停多久？",
                                      "How long is the suspension if the positive discrepancy is over 50%?",
                                      # the sanction taken as given, only its length asked: the rule's period
                                      "前次已要求參加座談會，這次陰性差異 16%，會停權多久？",
                                      "told to attend the conference last review, now negative 18%. how long is the suspension?"])
def test_the_length_of_a_sanction_asked_in_general_stays_the_rules(question):
    assert decide_calculation(Query(question, TODAY)) is None


# ------------------------------------------------------------------ the rule's rate and reduction


@pytest.mark.parametrize("question", [
    "attending a 2-day annual meeting of a surgical specialty society - how many points?",
    "presenting a poster at the annual meeting, how many credits?",
    "chairing a session at an international congress: how many points is that?",
])
def test_an_activity_put_as_a_case_of_the_rule_asks_its_rate(question):
    assert asks_the_rule(Query(question, TODAY))


def test_an_activity_of_ones_own_is_still_ones_own():
    assert not asks_the_rule(Query("I attended a 2-day annual meeting and 3 monthly meetings, how many points in total?",
                                   TODAY))


@pytest.mark.parametrize("question", [
    "I'll be posted abroad with a government medical team for 3 years; how much of the renewal requirement does that "
    "take off?",
    "Going on an overseas mission for a year - how many credits does it knock off the requirement?",
])
def test_how_much_a_posting_takes_off_the_requirement_asks_the_rule(ask, question):
    assert asks_the_rule(Query(question, TODAY))
    assert ask(question).route == "retrieval"


# ------------------------------------------------------------------ lead-ins


@pytest.mark.parametrize("text", [
    "一次問幾個：(1) 放射師自選片非緻密 348、緻密 366 是幾等？(2) 她上個月照了 505 案，有超過上限嗎？",
    "想問幾個: 1) 放射師自選片非緻密 348、緻密 366 是幾等？ 2) 她上個月照了 505 案，有超過上限嗎？",
    "A few questions: (a) self-selected non-dense 348 and dense 366 - grade? (b) she did 505 exams last month, over?",
])
def test_a_lead_in_counting_the_questions_loosely_is_no_part_of_the_first(text):
    parts, numbered = split_parts(Query(text, TODAY).folded)
    assert numbered and len(parts) == 2
    assert not any(w in parts[0].lower() for w in ("幾個", "问", "few"))


def test_loosely_counted_parts_are_each_computed(ask):
    answer = ask("一次问几个：① 放射师自选片 非致密 350、致密 365 几等？② 他这个月拍了 520 案有没有超量？")
    assert answer.route == "calculator"
    assert [c.name for c in answer.tool_calls] == ["hpa_image_grade", "hpa_radiographer_volume"]


# ------------------------------------------------------------------ a vague count said exactly


@pytest.mark.parametrize(("text", "settled"), [
    ("這六年當了好幾次講者，總共 4 次，夠嗎", "4 次講者"),
    ("去了好幾次月會（共 5 次），今年幾分", "5 次月會"),
    ("I gave several lectures, 3 in all, plus 140 points", "3 lectures"),
])
def test_a_vague_count_said_exactly_right_after_is_that_count(text, settled):
    out = settle_vague(Query(text, TODAY).folded)
    assert settled in out and find_vague(out) == []


@pytest.mark.parametrize("text", ["今年去了幾次月會，夠不夠？", "去了幾次月會，共幾分？", "I went to a few monthly meetings. credits?"])
def test_a_vague_count_with_no_exact_one_is_still_asked_for(text):
    folded = Query(text, TODAY).folded
    assert settle_vague(folded) == folded and find_vague(Query(text, TODAY).text)


@pytest.mark.parametrize(("question", "reply"), [
    ("我这几年当了好几次讲师，总共 3 次，另外放射积分 140 分，指导老师换证够吗？", "都是国内的"),
    ("I gave several lectures over these six years, 3 in all, plus 140 radiology CME points. Enough to renew my "
     "instructor certificate?", "all domestic"),
])
def test_the_question_back_after_an_exact_count_completes(engine, question, reply):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and first.pending_call.args["activities"][0]["count"] == 3
    assert [c.id for c in first.citations][0] == "tsir-instructor/5.3"  # the clause of the fact asked for
    assert second.route == "calculator"
    assert second.tool_calls[0].result["points"] == 200


# ------------------------------------------------------------------ neighbours and ours


@pytest.mark.parametrize(("question", "kind"), [
    ("乳腺外科醫學會的專科醫師證書到期要展延，繼續教育要幾分？", "other_certificate"),
    ("乳房外科醫學會的專科醫師證書要換證，需要幾學分？", "other_certificate"),
    ("Which women can get a free screening mammogram, and how often?", "screening_eligibility"),
    ("婦女幾歲可以做免費的乳房攝影？多久做一次？", "screening_eligibility"),
    ("民众免费乳房X光摄影的资格是什么？", "screening_eligibility"),
    ("What CE hours do I need to renew my medical radiation technologist (醫事放射師) license?", "licence"),
    ("How many CME hours for my radiographer (RT) licence?", "licence"),
])
def test_neighbours_of_this_round_are_refused(question, kind):
    # the cue lists themselves (the topic classifier is asked only after a hint word)
    assert out_of_scope_marker(Query(question, TODAY)) == kind
    assert neighbour_kind(Query(question, TODAY)) == kind


@pytest.mark.parametrize("question", [
    "我們醫院自己辦的外科課程算不算？還是只限學會辦的才行",
    "I attended a 2-day annual meeting of the urology society, how many points?",
    "we screened 6000 mammograms with one radiographer working 365 days, over the reasonable volume?",
    "陽性個案的婦女要在幾天內完成追蹤？",
])
def test_ours_is_not_taken_for_a_neighbour(question):
    assert neighbour_kind(Query(question, TODAY)) is None


@pytest.mark.parametrize("question", ["申請表去哪裡下載？", "申请文件要寄还是上传？", "那個申請書要交到哪裡",
                                      "where do I download the application form?",
                                      "Are the application documents sent by mail or uploaded online?"])
def test_where_to_get_and_send_the_application_is_ours(question):
    assert assess(Query(question, TODAY)).in_scope


def test_another_offices_form_is_not_ours_by_that_rule():
    assert not assess(Query("停車證申請表去哪裡下載", TODAY)).in_scope


# ------------------------------------------------------------------ obliged or advised, with one side of a paired verdict


@pytest.mark.parametrize("question", [
    "陽性複判差異 52%，是不是一定要去考跑片考試？",
    "我們醫師陰性複判差異 16%，還能繼續判讀嗎？",
    "阳性复判差异 47%，是强制要去座谈会还是只是建议？",
    "positive re-read discrepancy 46% for our reader: is the seminar mandatory or just recommended?",
    # (round 58: whether reading goes on, asked of one side that decides the verdict by itself — negative over 20%, stop at
    # once — is the rule's row too: the development halves label it so 10 : 1; it was computed here before)
    "our reader's negative discrepancy came back at 21%. can she keep reading until the next review?",
])
def test_whether_the_rule_obliges_at_one_sides_figure_is_the_rules(ask, question):
    assert decide_calculation(Query(question, TODAY)) is None
    assert ask(question).route == "retrieval"


@pytest.mark.parametrize("question", [
    "positive 46%, negative 9% — is the seminar mandatory or just recommended?",
    "阳性复判差异 48%、阴性 8%，是强制还是只是建议去座谈会？",
])
def test_with_both_sides_the_verdict_answers_it(ask, question):
    answer = ask(question)
    assert answer.route == "calculator" and answer.tool_calls[0].name == "hpa_reread_action"


# ------------------------------------------------------------------ more of ours that looked foreign


@pytest.mark.parametrize("question", [
    "次專科醫學會的年會開兩天，算幾分？",
    "某個次專科學會的學術研討會只開一天，這樣給幾分",
    "a 2-day congress of one of the surgical societies in the residency training curriculum: how many pts?",
    "病人後來是在別家醫院做切片，這樣還算我們的追蹤完成嗎？",
    "院內自己辦的外科課程能認嗎？還是只認學會辦的活動",
])
def test_meetings_curricula_and_our_measures_stay_ours(question):
    assert neighbour_kind(Query(question, TODAY)) is None


@pytest.mark.parametrize("question", ["整形外科醫學會年會的積分規定是什麼", "整形外科醫學會的專科證書要怎麼展延？",
                                      "小兒外科醫學會年會一次算幾分？他們展延要幾分？",
                                      "What does the surgical residency curriculum include?"])
def test_another_societys_own_rules_and_residency_stay_refused(question):
    assert neighbour_kind(Query(question, TODAY)) is not None


@pytest.mark.parametrize("question", ["去國外觀摩三週，能認分嗎？", "機器實測總共分幾個等級？", "短期見習兩週有給分嗎"])
def test_everyday_words_for_what_our_rules_count_are_in_scope(question):
    assert assess(Query(question, TODAY)).in_scope


# ------------------------------------------------------------------ a vague count's question back cites its activity's clause


@pytest.mark.parametrize(("question", "clause"), [
    ("這六年當了好幾次講師，加上放射積分 140 分，指導老師換證夠嗎？", "tsir-instructor/5.3"),
    ("I published a few SCI papers as first author and have 120 radiology points; enough to renew my instructor cert?",
     "tsir-instructor/5.1"),
    ("这几年在国外会议做了几次 oral，放射积分 150，换证够吗", "tsir-instructor/5.3"),
])
def test_a_vague_activity_count_cites_that_activitys_clause_first(ask, question, clause):
    answer = ask(question)
    assert answer.route == "clarify" and any(m.startswith("vague:") for m in answer.missing)
    assert answer.citations[0].id == clause


# ------------------------------------------------------------------ replies that say more, or say again


@pytest.mark.parametrize(("question", "reply", "cases"), [
    ("專科 12 年，近六年做了一些血管介入（PTA、洗腎通路都有），這樣夠格當指導老師嗎？", "PTA 70、洗腎通路 45", 115),
    ("近六年做了好幾十例 RFA，專科 9 年，可以申請消融指導老師嗎", "RFA 150、MWA 40", 190),
])
def test_a_reply_giving_more_figures_than_the_vague_words_keeps_every_figure(engine, question, reply, cases):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any(m.startswith("vague:") for m in first.missing)
    assert second.route == "calculator"
    assert second.tool_calls[0].args["cases_last_6_years"] == cases


@pytest.mark.parametrize(("question", "reply", "points"), [
    ("換證積分：SCI一作1篇、演講2次、放射積分100，這樣夠不夠200？", "兩次都是國外的講師，那篇是full article", 220),
    ("换证：oral 发表 3 次，另外放射积分 150，够吗？", "那3次oral都是国内的", 195),
])
def test_a_reply_naming_the_item_again_does_not_count_it_twice(engine, question, reply, points):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert second.route in ("calculator", "clarify")
    if second.route == "calculator":  # a figure, when given, is the right one; a question back is also acceptable
        assert second.tool_calls[0].result["points"] == points


def test_a_zh_reply_naming_the_item_again_counts_it_once(engine):
    _, second = ask_and_reply(engine, "換證：SCI 一作 full article 1 篇、座長 3 次、放射積分 60，夠嗎？", "3次座長都是國外的")
    assert second.route == "calculator"
    assert second.tool_calls[0].result["points"] == 220  # 40 + 3 × 40 + 60, the three chairs counted once


def test_a_reply_giving_the_scope_asked_of_talks_completes_the_renewal(engine):
    # "gave 2 talks" is read as lectures since round 16, so the question back asks their scope and the reply answers it
    first, second = ask_and_reply(engine, "Renewal check: 1 SCI full article as first author, gave 2 talks, 100 radiology "
                                          "points. Enough?", "the 2 talks were both international")
    assert first.route == "clarify"
    assert second.route == "calculator"
    assert second.tool_calls[0].result["points"] == 220  # 40 + 2 × 40 + 100


@pytest.mark.parametrize(("question", "kind"), [
    ("內科專科醫師一年要拿幾學分？", "other_specialty"),
    ("骨科专科医师每年需要多少继续教育积分", "other_specialty"),
    ("病人肝膿瘍先引流還是直接開刀？", "clinical"),
    ("patient with a 5 cm abscess: drain first, or straight to the OR?", "clinical"),
])
def test_another_specialtys_credits_and_a_choice_of_management_are_refused(question, kind):
    assert out_of_scope_marker(Query(question, TODAY)) == kind


@pytest.mark.parametrize("question", ["放射科專科醫師積分 120，指導老師換證夠嗎", "放射專科醫師積分 150，加上 SCI 一篇，換證夠嗎",
                                      "外科專科醫師每年要拿幾分才能展延？"])
def test_radiology_and_surgery_specialists_credits_stay_ours(question):
    assert neighbour_kind(Query(question, TODAY)) is None
