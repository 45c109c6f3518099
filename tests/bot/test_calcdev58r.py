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
