"""Round 46, first pass (reader46): vocabulary and binding in calculator questions, through the reader's mechanisms.

1. The chair of a session said any way (主持 / 主持人 / 座長 / 擔任主席, co-chair, chaired, moderated) is 5.3's lecturer or
   moderator and a lecture of article 1(2); a research project's principal investigator (計畫主持人) is none.
2. Chinese items typed with spaces for separators ("國內oral 4次 國外oral 1次 教育積分110") are one item per count; a
   qualifier after the space (其中, 都) still refines the count before it, a role after a count stays that count's.
3. The rules' terms typed in pinyin are read as their characters; a capitalised name spelt apart is no term.
4. "one of those <another kind>" is a sort of activity, no part of the count before; "of those <the same kind>" is a part.
5. A part said first, then "attended N in total": N is the whole's count.
6. Years as an attending / consultant / in practice / 執業 are the specialist's years; "1st au", "corr au" are author places.
7. Chinese words set off by a space after a figure, opening on no negation, are a clause of their own for a negation.
8. One radiographer named as the hospital's staff is the subject of the scores; the hospital alone, or several people, the
   facility.
9. A date asked of oneself then answered no ("…到期？不對，是…", "…? no, …") is corrected.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.ledger import _negated_clause
from bot.parsing.pinyin import romanised_terms
from bot.parsing.text import Query
from tests.bot.conftest import reader_call


def _items(call):
    return [(it["kind"], it.get("count", 1), it.get("scope") or it.get("role")) for it in call.args["activities"]]


# ------------------------------------------------------------------------ 1. the chair of a session

CHAIRS = [
    ("指導老師換證：國內研討會主持 2 次、國際會議出席 1 次，夠嗎", ("lecturer_or_moderator", 2, "domestic")),
    ("指導老師換證：主持國內介入研討會 3 場、國際會議出席 1 次，夠嗎", ("lecturer_or_moderator", 3, "domestic")),
    ("指导老师换证：国外会议主持人 1 次、国际会议出席 2 次，够吗", ("lecturer_or_moderator", 1, "international")),
    ("TSIR instructor renewal: co-chaired 2 domestic IR sessions, attended 1 overseas congress. enough?",
     ("lecturer_or_moderator", 2, "domestic")),
]


@pytest.mark.parametrize(("question", "item"), CHAIRS)
def test_a_session_chaired_is_a_moderator(question, item):
    assert item in _items(reader_call(question, "tsir_renewal_check"))


def test_sessions_chaired_in_the_domain_are_its_lectures():
    call = reader_call("消融指導老師：RFA 100 例、MWA 30 例，專科 10 年，擔任過 3 次消融研討會主持人，可以申請嗎？",
                       "tsir_instructor_eligibility")
    assert call.args["lectures_in_domain"] == 3


def test_a_principal_investigator_chairs_no_session():
    call = reader_call("指導老師換證：擔任國科會計畫主持人 2 次、國內 oral 3 次、教育積分 100，夠嗎？", "tsir_renewal_check")
    assert all(kind != "lecturer_or_moderator" for kind, _, _ in _items(call))


# ------------------------------------------------------------------------ 2. spaces for separators

SPACED = [
    ("指導老師換證 國內oral 4次 國外oral 1次 教育積分110 夠嗎",
     [("oral_or_eposter", 4, "domestic"), ("oral_or_eposter", 1, "international")]),
    ("國外演講 1次 國內演講 3次 放射積分 100 指導老師換證夠嗎",
     [("lecturer_or_moderator", 1, "international"), ("lecturer_or_moderator", 3, "domestic")]),
    ("换证 SCI原著一作 1篇 国内e-poster 2次 教育积分 120 够不够",
     [("sci_full_article", 1, "first"), ("oral_or_eposter", 2, "domestic")]),
]


@pytest.mark.parametrize(("question", "items"), SPACED)
def test_chinese_items_typed_with_spaces_are_one_item_per_count(question, items):
    assert _items(reader_call(question, "tsir_renewal_check")) == items


def test_a_role_after_the_count_stays_that_papers():
    call = reader_call("指導老師換證 SCI原著 2篇 一作 教育積分110 夠嗎", "tsir_renewal_check")
    assert _items(call) == [("sci_full_article", 2, "first")]
    assert call.args["cme_points"] == 110


def test_a_part_after_a_space_refines_the_count_before_it():
    call = reader_call("月會 5 次 其中 2 次講者 積分多少", "tsa_credit_tally")
    assert _items(call) == [("tsa_monthly_meeting", 5, None), ("tsa_monthly_speaker", 2, None)]


# ------------------------------------------------------------------------ 3. pinyin

@pytest.mark.parametrize(("text", "read"), [
    ("one of those yan-tao-hui seminars", "one of those 研討會 seminars"),
    ("2 months at a yixue zhongxin", "2 months at a 醫學中心"),
    ("the jin-xiu abroad thing", "the 進修 abroad thing"),
    ("Yi-Xue-Zhong-Xin", "醫學中心"),
    ("practising in lv-dao", "practising in 綠島"),
    ("yuehui3", "月會3"),
    ("1 nianhui", "1 場年會"),
])
def test_the_rules_terms_typed_in_pinyin_are_read_as_their_characters(text, read):
    assert romanised_terms(text) == read


@pytest.mark.parametrize("text", ["Dr. Lan Yu asked", "Jiang Shi said so", "a huiyi", "machine learning"])
def test_a_name_or_a_lone_syllable_is_no_term(text):
    assert romanised_terms(text) == text


def test_a_question_in_pinyin_reads_its_training():
    call = reader_call("Hi, in 2025 I did 2 months of jinxiu at a yi-xue-zhong-xin. How much CME?", "tsa_credit_tally")
    assert [(it["kind"], it.get("months")) for it in call.args["activities"]] == [("training_domestic", 2)]


# ------------------------------------------------------------------------ 4. "one of those"

def test_one_of_those_of_another_kind_is_no_part():
    call = reader_call("In 2025 I attended 2 overseas congresses and one of these 4-hour domestic seminars. total?", "tsa_credit_tally")
    assert _items(call) == [("international_meeting", 2, None), ("domestic_seminar", 1, None)]


def test_of_those_of_the_same_kind_is_a_part():
    call = reader_call("5 monthly meetings this year, I spoke at 2 of those monthly meetings. credits?", "tsa_credit_tally")
    assert _items(call) == [("tsa_monthly_meeting", 5, None), ("tsa_monthly_speaker", 2, None)]


# ------------------------------------------------------------------------ 5. the whole after its part

@pytest.mark.parametrize("question", [
    "I spoke at 3 monthly meetings and attended 6 altogether this year. total credits?",
    "she spoke at 3 monthly meetings and attended 6 in total (the 3 she spoke at included). total?",
    "我在金門執業，月會講了3次，總共出席6次（含講的那3次），積分多少？",
])
def test_attended_n_in_total_after_the_part_is_the_wholes_count(question):
    assert sorted(_items(reader_call(question, "tsa_credit_tally"))) == [("tsa_monthly_meeting", 6, None),
                                                                        ("tsa_monthly_speaker", 3, None)]


def test_a_total_after_another_kind_too_is_no_wholes_count():
    call = reader_call("今年月會講了 2 次，年會 1 次，總共出席 5 次，幾分？", "tsa_credit_tally")
    assert all(count != 5 for _, count, _ in _items(call))


# ------------------------------------------------------------------------ 6. years and author places

@pytest.mark.parametrize(("question", "years"), [
    ("PTA/stent cases 120 in the last 6 yrs, 9 yrs attending. vascular intervention instructor ok?", 9),
    ("ablation: RFA 120, MWA 70. attending for 10 years. can I apply as instructor?", 10),
    ("TACE 250, TARE 30 (last 6 years), consultant radiologist for 11 years. tumour embolization instructor?", 11),
    ("biliary stent 60, ureteral stent 50 in 6 yrs; 10 years in clinical practice. nonvascular stenting instructor?", 10),
    ("腫瘤栓塞 TACE 310 例，執業 12 年，可以申請指導老師嗎", 12),
])
def test_years_as_an_attending_or_in_practice_are_specialist_years(question, years):
    assert reader_call(question, "tsir_instructor_eligibility").args["years_as_specialist"] == years


def test_attending_meetings_is_no_standing():
    call = reader_call("RFA 200 cases in 6 yrs, attending 3 IR meetings a year. ablation instructor?", "tsir_instructor_eligibility")
    assert "years_as_specialist" not in call.args


@pytest.mark.parametrize("question", [
    "PAE 120 in 6 yrs, specialist 5 yrs, 2 SCI (1st au). non-tumor embolization instructor?",
    "PAE 120 in 6 yrs, specialist 5 yrs, 2 SCI (1st author). non-tumor embolization instructor?",
])
def test_first_author_typed_short_or_in_brackets(question):
    assert reader_call(question, "tsir_instructor_eligibility").args["sci_first_or_corresponding"] == 2


# ------------------------------------------------------------------------ 7. a negation after a space

def test_words_after_a_space_opening_on_no_negation_are_their_own_clause():
    text = "複判差異 陽性 55% 陰性 10% 上次沒被要求過"
    assert not _negated_clause(text, text.index("10%"))


def test_a_negation_opening_the_words_after_the_space_is_the_figures():
    text = "疑似陽性 300 案 95 案 沒完成追蹤"
    assert _negated_clause(text, text.index("95"))


# ------------------------------------------------------------------------ 8. whose scores

@pytest.mark.parametrize(("question", "subject"), [
    ("我们医院一位放射师被抽片了，四张分数 350、362、341、338，平均下来是几等？", "radiographer"),
    ("本院有位放射師被抽選片，分數 350、362、341、338，平均幾等？", "radiographer"),
    ("A radiographer at our hospital had her films sampled: 350, 362, 341, 338. What grade?", "radiographer"),
    ("我們醫院被抽片，四張分數 350、362、341、338，平均是幾等？", "facility"),
    ("我們醫院 3 位放射師被抽片，分數 350、362、341、338，平均幾等？", "facility"),
])
def test_one_radiographer_of_the_hospital_is_the_subject(question, subject):
    assert reader_call(question, "hpa_image_grade").args["subject"] == subject


# ------------------------------------------------------------------------ 9. a date asked, then corrected

@pytest.mark.parametrize(("question", "pair"), [
    ("介入指導醫師證書 2022-04-30 到期？不對，是2027年4月30日到期，什麼時候可以換證？", ("2022-04-30", "2027年4月30日")),
    ("my TSIR instructor cert expires 2020-08-31? no, 2026-08-31. when does the window open?", ("2020-08-31", "2026-08-31")),
])
def test_a_date_asked_of_oneself_then_corrected(question, pair):
    assert pair in Query(question).corrections


def test_two_dates_offered_correct_nothing():
    assert Query("指導老師證書 2027-04-30 到期？還是 2028-04-30？什麼時候可以換證").corrections == []
