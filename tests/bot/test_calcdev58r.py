"""Round 58 (calcdev58r): TSIR instructor questions read wrongly, fixed for the class.

1. A figure said again in brackets, as the exact count or with where it comes from ("roughly 250 TACE/TARE … (250 is the exact
   count from our registry)", "(280 per our PACS log)", "（登錄系統上確切是 250 例）", "(that's 250 exactly)"): read once
   (`brackets.same_restated`; the source words `brackets._SOURCE_*` join the exact words, and "per our registry" is no rate).
   Before: both figures added (500, confidently wrong). Another figure or technique in brackets is still added.
2. "都是 full article" in brackets says what kind every paper is, never their role: the subset's role ("其中 1 篇我是通訊作者")
   is not spread to every paper (`items._all_of_other`); the rest placed in the middle of the byline ("另外兩篇只是掛中間",
   "buried in the middle of the author list") is another author (`vocab.NAMED_SHARED_AUTHOR`). Before: 210, confidently wrong.
3. The points said bare as the next item of the renewal list ("…，積分 80，指導老師換證夠了嗎", "学分 90", "points 150 -"), the
   instructor named after them (`vocab_tsir._BARE_POINTS`). Never where no instructor is named (the surgical tally's 積分).
4. The rule's age recalled ("聽說滿60歲可以申請終身") is no age of one's own (`vocab_tsir` term `age`), and one's own age neared
   with a pronoun ("我大概快到了", `vague.NEARED_AGE`): the birth and application dates are asked.
Phrasings written for this test, none a blind bank's.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY, reader_call

ELIG = "tsir_instructor_eligibility"
RENEW = "tsir_renewal_check"


@pytest.mark.parametrize(("question", "cases"), [
    ("Board-certified 12 yrs. Did roughly 250 TACE/TARE in the past six years (250 is the exact count from our registry). "
     "Can I apply as tumor embolization instructor?", 250),
    ("Specialist 10 years. Around 280 TACE/TARE over the last 6 years (280 per our PACS log). Tumor embolization instructor?", 280),
    ("Board-certified 12 yrs. 250 TACE/TARE in the past six years (that's 250 exactly). tumor embolization instructor?", 250),
    ("專科 12 年，最近六年 TACE/TARE 大約 250 例（登錄系統上確切是 250 例），可以申請腫瘤栓塞指導老師嗎", 250),
    ("专科 9 年，近六年 RFA/MWA 做了 170 例（170 是科里统计的数字），消融指导老师够吗", 170),
    ("Roughly 300 TACE in six years (296 is the exact number from our registry), 11 yrs specialist - tumor embolization instructor?", 296),
])
def test_a_figure_said_again_in_brackets_is_read_once(question, cases):
    assert reader_call(question, ELIG).args["cases_last_6_years"] == cases


@pytest.mark.parametrize(("question", "cases"), [
    ("專科 12 年，最近六年 TACE 150 例（TARE 150 例），可以申請腫瘤栓塞指導老師嗎", 300),  # another technique: more cases
    ("專科 10 年，TACE/TARE 共 320 例，腫瘤栓塞指導老師可以申請嗎", 320),  # two labels, one domain: never doubled
])
def test_other_figures_in_brackets_still_count(question, cases):
    assert reader_call(question, ELIG).args["cases_last_6_years"] == cases


@pytest.mark.parametrize("question", [
    "有 3 篇 SCI（都是 full article），其中 1 篇我是通訊作者，另外兩篇只是掛中間。再加上教育積分 90。換證差多少",
    "有 3 篇 SCI（都是原著），其中 1 篇我是通讯作者，另外两篇挂中间，教育积分 90，换证还差多少",
    "3 SCI full articles for my instructor renewal - corresponding author on 1, the other 2 I'm buried in the middle of the "
    "author list. plus 90 education points. how short am I?",
])
def test_a_subset_role_and_the_rest_in_the_middle(question):
    acts = sorted((a["count"], a.get("role")) for a in reader_call(question, RENEW).args["activities"])
    assert acts == [(1, "corresponding"), (2, "other")]


def test_all_full_articles_spreads_no_role():
    e = reader_call("有 3 篇 SCI（都是原著），其中 1 篇我是通訊作者。教育積分 90。指導老師換證差多少", RENEW)
    assert [n.key for n in e.needs] == ["role"]
    assert sorted((a["count"], a.get("role")) for a in e.args["activities"]) == [(1, "corresponding"), (2, None)]


def test_a_role_said_of_all_still_spreads():
    e = reader_call("口頭 2 篇、壁報 1 篇，都是一作，國內，教育積分 100，換證夠嗎", RENEW)
    assert not e.needs and all(a.get("scope") == "domestic" for a in e.args["activities"])


@pytest.mark.parametrize(("question", "cme"), [
    ("出国开会 4 次（CIRSE x2、SIR、APSCVIR），国内讲者 2 次，积分 80，指导老师换证够了吗", 80),
    ("國外會議 2 次、國內座長 1 次、積分 120，指導老師換證夠嗎", 120),
    ("国外开会 3 次，国内讲者 1 次，学分 90，指导老师换证够不够", 90),
    ("2 overseas IR meetings, 1 domestic lecture, points 150 - enough for instructor renewal?", 150),
    ("4 overseas meetings, 2 domestic talks, plus 80 points, enough for instructor renewal?", 80),
    ("指导老师换证：出国开会 2 次，国内讲者 1 次，积分 80，够吗", 80),  # the instructor named before the points
    ("Instructor renewal: 2 overseas meetings, 1 domestic talk, points 80. enough?", 80),
])
def test_bare_points_as_the_next_item(question, cme):
    assert reader_call(question, RENEW).args.get("cme_points") == cme


def test_bare_points_without_the_instructor_are_not_the_renewal():
    from bot.parsing.text import Query
    from bot.reader import read_all

    assert all(e.tool != RENEW or "cme_points" not in e.args for e in read_all(Query("月會 3 次，積分 80，換證夠嗎", today=TODAY)))


@pytest.mark.parametrize("question", [
    "聽說滿60歲可以申請終身指導老師，我大概快到了，能不能直接申請不用換證？",
    "聽說年滿60歲就能申請終身指導老師證書，我也快到了，可以直接申請嗎？",
    "听说满60岁可以申请终身指导老师，我应该快到了，能不能直接申请不用换证？",
])
def test_the_rule_age_recalled_and_ones_own_neared_asks_the_dates(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])
    assert "tsir-instructor/6" in [c.id for c in a.citations]


@pytest.mark.parametrize("question", ["年滿60歲可以申請終身指導老師嗎？", "我快60了，听说到了那个岁数可以申请终身的、不用再换证？"])
def test_the_rule_asked_stays_the_rule(engine, question):
    assert engine.answer(question, today=TODAY).route == "retrieval"


# Round 58's development failures (jl-tsir-001, jg-tsir-018, jh-tsir-016, jg-tsir-006, jg-tsir-020), each as a class:
# 5. a count typed right after a technique's Latin name ("微波70、RFA90", "TACE250、TARE30"): the technique's count
#    (`vocab_tsir._GLUED_EDGE`, the ledger's `_glued_count`). Before: 70 (the RFA 90 dropped, confidently wrong).
@pytest.mark.parametrize(("question", "cases"), [
    ("消融指導老師，近六年：MWA70、RFA90，專科10年，夠嗎", 160),
    ("腫瘤栓塞指導老師：TACE250、TARE30，專科 9 年，夠嗎", 280),
    ("想申請消融的指導老師，近六年：微波７０、RFA９０，專科第１０年了，夠資格嗎", 160),
])
def test_a_count_glued_to_a_technique(question, cases):
    assert reader_call(question, ELIG).args["cases_last_6_years"] == cases


def test_a_glued_count_is_accounted(engine):
    a = engine.answer("消融指導老師，近六年：微波70、RFA90，專科10年，夠嗎", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].result["shortfall"] == 20, (a.route, a.missing)


# 6. 其中 typed glued to the count before it ("non-SCI原著3篇其中1篇我是通讯"): its own clause (`text._QUALIFIER_GLUED`).
def test_a_glued_subset_is_its_own_clause():
    acts = reader_call("换证：non-SCI原著3篇其中1篇我是通讯，另外2篇是其他作者。再加放射科积分120分。总分多少？", RENEW).args["activities"]
    assert sorted((a["count"], a.get("role")) for a in acts) == [(1, "corresponding"), (2, "other")]


# 7. a part of the talks said by its place alone ("講師 4 次，其中 1 次是在新加坡（國外），其他都國內"): the same kind, carved out
#    (`vocab_tsir` follow by scope); the rest's place unsaid is asked.
@pytest.mark.parametrize("question", [
    "這六年當講師 4 次，其中 1 次是在新加坡（國外），其他都國內；放射線教育積分 100。指導老師換證夠了嗎？",
    "指導老師換證：講者 4 次，其中 1 次國外，另外 3 次國內，教育積分 100，夠嗎",
])
def test_a_part_of_the_talks_by_its_place(question):
    acts = reader_call(question, RENEW).args["activities"]
    assert sorted((a["count"], a.get("scope")) for a in acts) == [(1, "international"), (3, "domestic")]


def test_the_rest_of_the_talks_unplaced_is_asked():
    e = reader_call("指導老師換證：講師 3 次，其中 1 次國外，教育積分 100，夠嗎", RENEW)
    assert [n.key for n in e.needs] == ["scope"]


# 8. "N yrs since my radiology board cert" beside our domain's case counts is the instructor rule's seniority, never the radiology
#    board's own rules (`scope._foreign_named_en`); the board's own renewal asked stays out of scope.
def test_radiology_board_years_beside_our_domain_are_ours(engine):
    a = engine.answer("Drainage domain: PCN 150, PTCD 80, biopsies 90 over the past six years. 9 yrs since my radiology board cert. Eligible?",
                      today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["years_as_specialist"] == 9, (a.route, a.answer[:200])


def test_the_radiology_board_renewal_stays_out(engine):
    a = engine.answer("How many points do I need to renew my radiology board certificate? I did 300 TACE in 6 years", today=TODAY)
    assert a.route == "out_of_scope"


# 9. A rough figure with its rough words after it ("大概一百多例"), its exact figure given in reply: the whole rough phrase replaced
#    (`clarify.ROUGH_FIGURE`). Before: "165多例", unread.
def test_the_exact_reply_replaces_the_whole_rough_phrase():
    from bot.clarify import exact_for_rough

    got = exact_for_rough("RFA我做蠻多的，大概一百多例吧，專科10年，能申請消融指導老師嗎？", "確切是165例", asked=True)
    assert got is not None and "165例" in got[0] and "多例" not in got[0]
