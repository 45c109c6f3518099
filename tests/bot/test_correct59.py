"""Round 59 correct59: a person correcting or confirming a figure in the middle of their own message, in all three calculators
(phrasings written here; the eval cases are evals/cases/correct59_corrections.yaml):

1. a correction pointing at the figure it replaces — by its place in the list said before it ("the 3rd one should be 90",
   "year 3 was 90, not 80", "第四年是90不是60", "最後一年應該是120", "the 2nd one was 60"), by the figure as first said ("70
   should be 90", "70 那個打錯，是 90 才對", "不是70，是90", "（70應該是90）", "70應該是90" inside the list) or by the year that
   labels it ("2024 was 90 not 60", "112年打錯，是 90 才對") — replaces that figure, never the last one said before it;
2. where which figure it replaces cannot be told (the old figure said twice, no such place, place and old figure disagree, an
   old figure never said) nothing is replaced and it is asked — never picked;
3. a figure confirmed in the same breath ("IRE 12 (no wait, 12 is right, …)", "12 沒錯", "12 is correct") stands; a bracket
   correcting to a figure said right ("(no wait, 14 is right)", "（說錯了，14 才對）") replaces it; a slip said aloud before
   ("剛剛口頭講成六十，是九十才對", "I said 60 on the phone earlier, it's 90") is a remark; "是九十才對" reads 90;
4. what a date is, corrected with it ("110年4月30日 到期…打錯，是 110年4月30日 發證的", "expires … — sorry, it was issued …",
   "…到期，不對，那是發證日", "no wait, that's the issue date");
5. a rough figure restated to go by ("就當 250 算", "call it 250") and a vague count made exact ("2 to be exact").
Near misses keep their reading.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.numbers import normalize_numerals
from bot.parsing.text import Query

TODAY = datetime.date(2026, 12, 7)


def _q(text: str) -> Query:
    return Query(text, today=TODAY)


def _call(answer, name):
    (call,) = [c for c in answer.tool_calls if c.name == name]
    return call


# ----------------------------------------------------- 1. a correction pointing at its figure

@pytest.mark.parametrize(("question", "read", "taken"), [
    ("credits per year 120, 100, 80, 95, 110, 100 - correction: the 3rd one should be 90.", "120, 100, 90, 95, 110, 100", ("80", "90")),
    ("credits per year: 120, 100, 80, 95, 110, 100. scratch that, year 3 was 90, not 80.", "120, 100, 90, 95, 110, 100", ("80", "90")),
    ("my six years: 100, 100, 70, 100, 100, 110 — I mean 90 not 70 for the third year.", "100, 100, 90, 100, 100, 110", ("70", "90")),
    ("六年積分 95、110、100、60、105、85，抱歉打錯，第四年是90不是60", "95、110、100、90、105、85", ("60", "90")),
    ("六年积分 120、100、80、95、110、100，不好意思第3年打错了，应该是90", "120、100、90、95、110、100", ("80", "90")),
    ("六年積分 100、100、70、100、100、110，最後一年打錯，應該是120", "100、100、70、100、100、120", ("110", "120")),
    ("yearly credits 100, 100, 70, 100, 100, 110 (oops, the last one should be 120).", "100, 100, 70, 100, 100, 120", ("110", "120")),
    ("六年積分 100、100、70、100、100、110，70 那個打錯，是 90 才對", "100、100、90、100、100、110", ("70", "90")),
    ("yearly credits 100, 100, 70, 100, 100, 110 - typo, 70 should be 90.", "100, 100, 90, 100, 100, 110", ("70", "90")),
    ("六年積分 100、100、70、100、100、110（70應該是90）", "100、100、90、100、100、110", ("70", "90")),
    ("六年積分 100、100、70、100、100、110，不是70，是90", "100、100、90、100、100、110", ("70", "90")),
    ("六年積分 100、100、70、100、100、110，打錯了，有一個70應該是90", "100、100、90、100、100、110", ("70", "90")),
    ("credits: 2021: 95, 2022: 110, 2023: 100, 2024: 60, 2025: 105, 2026: 85 — sorry, 2024 was 90 not 60.", "2024: 90, 2025", ("60", "90")),
    ("110年 100、111年 95、112年 70、113年 100、114年 120、115年 110，112年打錯，是 90 才對", "112年 90、113年", ("70", "90")),
    ("ablation cases: RFA 100, MWA 50, PEI 20 — sorry, the 2nd one was 60.", "RFA 100, MWA 60, PEI 20", ("50", "60")),
    ("two radiographers, 365 and 200 days — no wait, the second one was 220 days.", "365 and 220 days", ("200", "220")),
    ("兩位放射師 365 天和 180 天，不對，第二位是 200 天", "365 天和 200 天", ("180", "200")),
])
def test_a_correction_pointing_at_its_figure_replaces_that_figure(question, read, taken):
    q = _q(question)
    assert read in q.text, q.text
    assert taken in q.retracted, q.retracted
    assert not q.unsure_corrections


def test_a_bare_figure_of_a_list_said_again_as_it_should_be_is_corrected_in_its_place():
    q = _q("六年積分 100、100、70應該是90、100、100、110，可以展延嗎？")
    assert "100、100、90、100、100、110" in q.text
    assert ("70", "90") in q.corrections


# ----------------------------------------------------- 2. which figure cannot be told: asked

@pytest.mark.parametrize("question", [
    "yearly credits 100, 100, 100, 100, 100, 110 - typo, the 100 should be 90. can I renew?",
    "六年積分 100、100、100、100、100、110，打錯了，有一個100應該是90，可以展延嗎",
    "yearly credits 100, 100, 70, 100, 100, 110 — sorry, the 4th year was 90 not 70. can I renew?",
    "六年積分 100、100、70、100、100，第七年應該是90，可以展延嗎",
    "yearly credits 100, 100, 70, 100, 100, 110 — sorry, 80 should be 90. can I renew?",
    "六年積分 100、100、70、100、100、110，第三年是 90 不是 80，可以展延嗎？",
    "credits 2021 95, 2022 110, 2023 100, 2024 60, 2025 105, 2026 85 — typo: 2027 was 90. can I renew?",
    # (the year left out, or the last one corrected: "sorry" alone does not tell)
    "six-year record 110, 95, 120, 100, 105 — sorry, the last year is 80. can he renew?",
])
def test_a_correction_whose_figure_cannot_be_told_is_asked(question):
    q = _q(question)
    assert q.unsure_corrections, q.text
    assert not q.retracted


@pytest.mark.parametrize("question", [
    "yearly credits 100, 100, 100, 100, 100, 110 - typo, the 100 should be 90. can I renew?",
    "六年積分 100、100、100、100、100、110，打錯了，有一個100應該是90，可以展延嗎",
])
def test_the_engine_asks_never_picks(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", (a.route, a.answer[:300])
    assert not a.tool_calls
    # (the question back says what cannot be told: which of the figures the correction replaces)
    assert "which of the figures" in a.answer or "哪一個數字" in a.answer, a.answer[:300]


def test_an_unsure_correction_itself_keeps_its_question():
    from bot.compose import unsure_correction

    q = _q("月會 5 次，不對，好像是 6 次還是 7 次，積分多少？")
    assert q.unsure_corrections and not q.unplaced_corrections
    assert "不確定" in unsure_correction(q.unsure_corrections, "zh-TW", q.unplaced_corrections)


# ----------------------------------------------------- 3. confirmed, corrected in brackets, a slip said aloud

@pytest.mark.parametrize(("question", "read"), [
    ("cryo 30, IRE 12 (no wait, 12 is right, I double-checked the PACS log), PEI 8", "IRE 12 , PEI 8"),
    ("冷凍 30例、IRE 12例（等等，12 沒錯，我查過 PACS）、PEI 8例", "IRE 12例、PEI 8例"),
    ("冷冻 30 例、IRE 12 例（等一下，12 没错，我核对过 PACS）、PEI 8 例", "IRE 12 例、PEI 8 例"),
    ("cryo 30, IRE 12 — wait, yes, 12 is correct — PEI 8", "IRE 12  — PEI 8"),
    ("今年月會 5 次，喔不對，5 次是對的，年會 1 次", "月會 5 次,年會 1 次"),
])
def test_a_figure_confirmed_in_the_same_breath_stands(question, read):
    q = _q(question)
    assert read in q.text, q.text
    assert not q.corrections and not q.retracted and not q.unsure_corrections


@pytest.mark.parametrize(("question", "read", "fix"), [
    ("IRE 12 (no wait, 14 is right), PEI 8", "IRE 14 , PEI 8", ("12", "14")),
    ("IRE 12例（說錯了，14 才對）、PEI 8例", "IRE 14例、PEI 8例", ("12", "14")),
])
def test_a_bracket_correcting_to_a_figure_said_right_replaces_it(question, read, fix):
    q = _q(question)
    assert read in q.text, q.text
    assert q.corrections == [fix]


@pytest.mark.parametrize("question", [
    "IRE 12 (12 of them with a fellow), PEI 8",   # a part, no confirmation
    "IRE 12 (wait, 12 of them with a fellow), PEI 8",
    "IRE 12 (no wait, 14 of them were RFA), PEI 8",  # another figure, said of something else
])
def test_near_misses_of_a_confirmation_keep_their_bracket(question):
    q = _q(question)
    assert "(" in q.text and not q.corrections, q.text


@pytest.mark.parametrize(("question", "read"), [
    ("各種切片 九十（剛剛口頭講成六十，是九十才對）。定位切片引流還差幾例？", "各種切片 90。"),
    ("各种穿刺活检 90（刚才电话里说成60，其实是90）。", "各種穿刺活檢 90。"),
    ("biopsies 90 (I said 60 on the phone earlier, it's 90). how many short?", "biopsies 90 ."),
])
def test_a_slip_said_aloud_before_is_a_remark(question, read):
    assert read in _q(question).text


def test_a_figure_said_to_be_the_right_one_reads_as_digits():
    assert normalize_numerals("是九十才對") == "是90才對"
    assert normalize_numerals("萬一才對") == "萬一才對"  # (a word, no figure)


# ----------------------------------------------------- 4. what a date is, corrected

@pytest.mark.parametrize(("question", "read", "gone"), [
    ("我的外科專科證書是 110年4月30日 到期…啊抱歉打錯，是 110年4月30日 發證的，六年效期。", "110年4月30日 發證的", "到期"),
    ("我的外科专科证书 2021年4月30日到期，不对，是2021年4月30日发证的，什么时候可以申请展延？", "2021年4月30日發證的", "到期"),
    ("my surgical specialist cert expires 2021-04-30 — sorry, typo, it was issued 2021-04-30. when can I apply?", "issued 2021-04-30", "expires"),
    ("外科專科證書 110年4月30日到期，啊不對，那是發證日。什麼時候可以申請展延？", "110年4月30日 核發", "到期"),
    ("my surgery board cert expires 30 April 2021, no wait, that's the issue date. when can I file?", "issued on 30 April 2021", "expires"),
    ("指導老師證書 2027/3/1 發證，不對，是 2027/3/1 到期的，換證什麼時候可以申請？", "2027/3/1 到期的", "發證"),
])
def test_what_a_date_is_corrected_with_it(question, read, gone):
    q = _q(question)
    assert read in q.text and gone not in q.text, q.text
    assert q.corrections and not q.unsure_corrections


@pytest.mark.parametrize(("question", "read"), [
    ("外科專科證書 109年6月30日到期——寫錯，是 115年6月30日到期，什麼時候可以申請展延？", "115年6月30日到期,"),
    ("外科專科證書 109年6月30日到期——寫錯，是 115年6月30日，什麼時候可以申請展延？", "115年6月30日到期,"),
    ("外科專科證書 110年4月30日到期，啊不對，那是到期日才對。什麼時候可以申請展延？", "110年4月30日到期"),
])
def test_a_date_corrected_keeps_its_words_unless_told_otherwise(question, read):
    assert read in _q(question).text


def test_the_engine_reads_the_corrected_meaning(engine):
    a = engine.answer("my surgical specialist cert expires 2021-04-30 — sorry, typo, it was issued 2021-04-30. when can I apply "
                      "for the extension?", None, today=TODAY)
    call = _call(a, "renewal_window")
    assert call.args.get("issue_date") == "2021-04-30" and "expiry_date" not in call.args, call.args
    assert call.result["expiry_date"] == "2027-04-30"


# ----------------------------------------------------- 5. a rough figure restated, a vague count made exact

@pytest.mark.parametrize(("question", "cases"), [
    ("TACE 近六年做了大概 250 例(就當 250 算)，專科十年，腫瘤栓塞指導老師還差多少例？", 250),
    ("about 250 TACE in the last 6 yrs (call it 250), specialist 10 yrs. how many short for the tumour embolization instructor?", 250),
])
def test_a_rough_figure_restated_to_go_by(engine, question, cases):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _call(a, "tsir_instructor_eligibility").args["cases_last_6_years"] == cases


def test_a_vague_count_made_exact_after_it(engine):
    a = engine.answer("went to a few monthly meetings this year, 3 to be precise, plus the annual meeting. total credits?", None,
                      today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _call(a, "tsa_credit_tally").result["total"] == 120


# ----------------------------------------------------- near misses: nothing corrected

@pytest.mark.parametrize("question", [
    "六年積分 100、100、70、100、100、110，第三年我在國外，可以展延嗎？",
    "yearly credits 100, 100, 70, 100, 100 and the 6th year was 90. can I renew?",  # no correcting word: a sixth figure
    "I mean, yearly credits 100, 100, 90, 100, 100, 110 — can I renew?",
    "六年積分 100、100、70、100、100、110，第四年是90，可以展延嗎",  # no correcting word: left for the ledger to ask
    "去了2次國際醫學會，第二次是 3 天的，積分多少？",
])
def test_near_misses_correct_nothing(question):
    q = _q(question)
    assert not q.retracted and not q.unsure_corrections and not q.corrections, (q.text, q.retracted, q.unsure_corrections)
