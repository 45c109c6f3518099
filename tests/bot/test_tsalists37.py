"""Round 37 surgical / TSIR list reader classes, each with wordings of our own (none a case's):

1. a heading noun, then a dash, then counts each with its own qualifier ("local seminars — two of 90 min each and one of
   3 hrs", "國內研討會——兩場各90分鐘、一場3小時"): each count with its qualifier is an item of the heading's kind, as after a
   colon; a role word in scare quotes ("two as 'other' author") is the role; a term of the rules mistyped by one letter
   ("seminrs", "montly", "sceond") is the term, and real words one letter from a term are left alone;
2. a later part using an earlier part's result ("加上今年", "plus this year's", "連同上面算的") with per-year values said with
   分別是 / respectively — and 去年會 a few words after a year already said in its clause ("今年我去年會1次") is the verb 去
   and the meeting 年會, this year's, not last year's;
3. points another body already granted, said as a points figure ("放射科學會的積分有 40 分", "40 pts from the radiology
   society", "放射线医学会学分 40"), are the instructor renewal's plain radiology points (`cme_points`) — never the
   interventional society's own points named so.
"""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


def _call(answer, name):
    (call,) = [c for c in answer.tool_calls if c.name == name]
    return call


def _items(call):
    return sorted((it["kind"], it.get("count", 1), it.get("role"), it.get("hours"))
                  for it in call.args["activities"])


# ----------------------------------------------------- 1. a dash heading counts with their own qualifiers

SEMINARS = [("domestic_seminar", 1, None, 3), ("domestic_seminar", 2, None, 1.5)]
PAPERS = [("paper_non_sci", 1, "second", None), ("paper_non_sci", 2, "other", None)]


@pytest.mark.parametrize(("question", "items", "total"), [
    ("For 2026: local seminars — two of 90 min each and one of 3 hrs. Total?", SEMINARS, 20),
    ("Tallying my 2026 — domestic seminars – two of 90 minutes each, one that ran 3 hours. Credits?", SEMINARS, 20),
    ("2026: non-SCI papers — one as second author and two as other author. Total?", PAPERS, 25),
    ("今年：國內研討會——兩場各90分鐘、一場3小時；非SCI論文——一篇二作、兩篇其他作者。總共幾分？", SEMINARS + PAPERS, 45),
    ("今年：国内研讨会 — 两场各90分钟、一场3小时；非SCI论文 — 一篇二作、两篇其他作者。总共几分？", SEMINARS + PAPERS, 45),
    ("Dr Lin, 2026: workshops - three of 1 hour each and one that ran 4 hours. Total credits?",
     [("domestic_seminar", 1, None, 4), ("domestic_seminar", 3, None, 1)], 25),
    # a role word in scare quotes is the role
    ("2026: non-SCI papers: one as 2nd author, two as 'other' author. Total?", PAPERS, 25),
    ('2026: non-SCI papers — one as "second" author, two as "other" author. Credits?', PAPERS, 25),
    ("2026: one non-SCI paper as ‘first’ author and two “other” author SCI papers. Total?",
     [("paper_non_sci", 1, "first", None), ("paper_sci", 2, "other", None)], 50),
    # a term mistyped by one letter is the term
    ("2026: local seminrs — two of 90 min each and one of 3 hrs. Total?", SEMINARS, 20),
    ("2026: anual meeting once, 3 montly meetings. Credits?",
     [("tsa_annual_meeting", 1, None, None), ("tsa_monthly_meeting", 3, None, None)], 120),
    ("2026: non-SCI papers — one as sceond author, two as other author. Total?", PAPERS, 25),
    ("This year: 2 semniars of 1 hour each. Credits?", [("domestic_seminar", 2, None, 1)], 10),
])
def test_dash_headed_lists_scare_quoted_roles_and_one_letter_typos_are_read(engine, question, items, total):
    """A dash heading a list of qualified counts, a role word in scare quotes and a term mistyped by one letter: one table."""
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert _items(call) == sorted(items)
    assert call.result["total"] == total


@pytest.mark.parametrize(("text", "kept"), [
    ("a seminal paper", "seminal"),
    ("he lectured twice", "lectured"),
    ("I posted 2 abstracts", "posted"),
    ("the moderators were", "moderators"),
    ("seminary", "seminary"),
    ("Hsu's 2026", "Hsu's"),
    ("went to three TSA monthlys", "monthlys"),  # a term's plural used as a noun
])
def test_real_words_near_a_term_and_apostrophes_stay(text, kept):
    from bot.parsing.text import join_prefixes

    assert kept in join_prefixes(text)


@pytest.mark.parametrize(("text", "read"), [
    ("local seminrs", "local seminars"),
    ("Montly meetings", "Monthly meetings"),
    ("two as 'other' author", "two as other author"),
    ("國內研討會——兩場", "國內研討會: 兩場"),
    ("papers — one as second", "papers: one as second"),
])
def test_the_normalised_words(text, read):
    from bot.parsing.text import join_prefixes

    assert join_prefixes(text) == read


def test_a_dash_before_a_pronoun_phrase_is_no_heading():
    from bot.parsing.text import join_prefixes

    # "one of them" after a dash is no count heading a list
    assert ":" not in join_prefixes("three monthly meetings — one of them as speaker")
    assert ":" not in join_prefixes("Numbers for Oct — one of our radiographers did 5")
    # nor is a dash after a heading that counts its own items ("2 … meetings — one lasted two days, the other …")
    assert ":" not in join_prefixes("2 specialty society annual meetings — one lasted two days, the other a single day")


# ----------------------------------------------------- 2. a later part using an earlier part's result

@pytest.mark.parametrize(("question", "yearly"), [
    ("兩個問題：(1)今年我去年會1次、月會2次，今年幾分？ (2)前五年分別是100、120、90、110、105，連同上面算的夠不夠展延？",
     [100, 120, 90, 110, 105, 100]),
    ("两个问题：(1)今年我去年会1次、月会3次，今年几分？ (2)前五年分别是110、130、95、105、100，加上今年的够不够换证？",
     [110, 130, 95, 105, 100, 120]),
    ("Two questions: (1) this year I went to the TSA annual meeting once and 3 monthly meetings — credits this year? "
     "(2) the previous five years were 110, 130, 95, 105 and 100 respectively; plus this year's, is that enough to renew?",
     [110, 130, 95, 105, 100, 120]),
    ("Two things: 1) this year: annual meeting x1, monthly meetings x4. Credits? 2) my first five years were 120, 100, 90, "
     "110, 100 respectively — with that, can I renew?", [120, 100, 90, 110, 100, 140]),
])
def test_a_later_part_uses_the_earlier_parts_result(engine, question, yearly):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    tally = _call(a, "tsa_credit_tally")
    assert {it.get("year") for it in tally.args["activities"]} == {2026}
    check = _call(a, "tsa_renewal_check")
    assert check.args["yearly_credits"] == yearly


@pytest.mark.parametrize(("text", "years"), [
    ("今年我去年會1次、月會3次", [2026]),
    ("2025年我去年會2次", [2025]),
    ("今年月會3次，去年年會1次", [2026, 2025]),
    ("今年月會3次，我去年會議1次", [2026, 2025]),  # 會議: last year's meeting
    ("我去年去年會 2 次", [2025]),
])
def test_the_verb_go_before_the_annual_meeting_after_a_year(text, years):
    from bot.parsing.dates import find_years

    assert [y.year for y in find_years(text, TODAY)] == years


# ----------------------------------------------------- 3. another body's points said as a points figure

@pytest.mark.parametrize(("question", "cme", "points"), [
    ("介入指導老師換證：SCI 原著通訊作者 2 篇、國外演講 1 次，放射線醫學會那邊拿了 90 分，夠 200 嗎？", 90, 210),
    ("指导老师换证：SCI full article 一作 3 篇、国内 oral 2 次，放射线医学会学分 40，够不够？", 40, 190),
    ("TSIR instructor renewal: 2 SCI full articles as first author, 1 e-poster abroad, plus 40 pts from the radiology "
     "society. Enough?", 40, 145),
    ("Instructor cert renewal — 3 overseas IR meetings, 1 domestic lecture, radiology society credits: 70. Enough?", 70, 135),
    ("指導老師續證：國外開會 2 次、國內座長 1 次，放射醫學會給的積分 120 分，這樣夠嗎？", 120, 170),
])
def test_another_bodys_points_are_the_plain_radiology_points(engine, question, cme, points):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsir_renewal_check")
    assert call.args["cme_points"] == cme
    assert call.result["points"] == points


def test_the_interventional_societys_own_points_are_not_read_as_radiology_points(engine):
    a = engine.answer("介入指導老師換證：國外演講 2 次、SCI 原著一作 1 篇，介入放射線學會的積分有 40 分，夠嗎？", None, today=TODAY)
    assert all(c.args.get("cme_points", 0) != 40 for c in a.tool_calls if c.name == "tsir_renewal_check")
    assert a.route == "clarify", (a.route, a.answer[:300])
