"""Round 54 (calcdev54r): TSIR instructor / HPA mammography questions in Chinese, fixed for the class.

1. A word adding one more figure right before a bare 學會 ("再加上學會積分一百分", "外加學會學分 80") names no other body
   (`scope._NAME_CUT`); the society's points added last are the renewal's radiology CME points
   (`vocab_tsir._ADDED_SOCIETY_POINTS`). A field named before 學會 stays another body's.
2. The place said before the first role frames a list joined by 、/和 ("在國外會議當講師2次、座長1次"): the next role with none
   of its own was there too, said so (`items._framing_field`). A comma between, or a place of its own, reads as before.
3. The rule's limit named with its figure ("每人 40 案的上限", "有沒有超過每人每天 40 案", "the 40-per-tech cap") is a line
   compared against (`mentions.target_of`), never a count.
4. A choice between acting on a finding now and waiting to follow it (直接切還是半年後再追) is a clinical decision
   (`scope._ACT_OR_WAIT`); deadline questions stay ours.
5. Follow-up replies: the people counted in the reply, one figure each; a product of people and days ("2 × 365"); a set score
   said to be its breast type ("365 是非緻密型") (`lists._list_reply`, `lists._people_times`, `vocab_hpa` scores `after_link`).
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.reader.mentions import target_of
from bot.scope import out_of_scope_marker
from tests.bot.conftest import TODAY, ask_and_reply, calculator_call, reader_call


def _marker(text: str) -> str | None:
    return out_of_scope_marker(Query(text, today=TODAY))


@pytest.mark.parametrize("question", [
    "換證：SCI 原著一作兩篇、國外會議 e-poster 1 次，再加上學會積分 90 分",
    "指導老師換證，國內講師 3 次，外加學會學分 120，夠嗎",
    "换证：国外开会 2 次，然后学会积分 150，够不够",
])
def test_an_adding_word_before_a_bare_society_names_no_body(question):
    assert _marker(question) is None


@pytest.mark.parametrize("question", [
    "國外開會2次，加上家醫科醫學會積分100，換證夠嗎",
    "國外開會2次，外加內科醫學會積分100，換證夠嗎",
])
def test_a_field_before_the_society_stays_another_body(question):
    assert _marker(question) == "other_society"


@pytest.mark.parametrize(("question", "points"), [
    ("換證：SCI 原著一作兩篇、國外會議 e-poster 1 次，再加上學會積分 90 分，夠嗎", 90),
    ("换证：国外开会 2 次，然后学会积分 150，够不够", 150),
    ("指導老師換證，國內講師 3 次，外加學會的學分 120，夠嗎", 120),
])
def test_the_society_points_added_last_are_the_cme_points(question, points):
    assert reader_call(question, "tsir_renewal_check").args.get("cme_points") == points


@pytest.mark.parametrize(("question", "scopes"), [
    ("這六年在國外會議當講師2次、座長1次，放射科積分30，換證差多少", ["international", "international"]),
    ("在国外会议当讲者1次和座长2次，放射科积分60，换证够不够", ["international", "international"]),
    ("這六年在國內研討會當座長 3 次、講師 1 次，放射科積分 100，換證還差多少", ["domestic", "domestic"]),
    # near miss: the second role names its own place
    ("國外當講師2次、國內座長1次，放射線專科積分30，換證差多少", ["international", "domestic"]),
])
def test_a_place_before_the_first_role_frames_the_list(question, scopes):
    call = reader_call(question, "tsir_renewal_check")
    assert [a.get("scope") for a in call.args.get("activities", [])] == scopes


@pytest.mark.parametrize("question", [
    "國外會議當講師 2 次，座長 1 次，放射科積分 60，換證夠嗎",  # a comma, not a list joiner
    "國外開會2次、座長1次，放射線專科積分30，換證差多少",  # an overseas meeting attended has no scope of its own
])
def test_no_frame_without_a_list_joiner_or_a_scoped_role(question):
    ext = reader_call(question, "tsir_renewal_check")
    assert any(n.key == "scope" for n in ext.needs)


@pytest.mark.parametrize(("text", "number", "is_line"), [
    ("乳攝車一天排了 130 個人，這樣每人 40 案的上限會不會超", "40", True),
    ("小美這個月拍了 610 案，600 案的上限超過了嗎", "600", True),
    ("有沒有超過每人每天 40 案", "40", True),
    ("會不會超過每位放射師 40 案", "40", True),
    ("Did we blow the 40-per-tech cap?", "40", True),
    # near misses: the person's own counts
    ("乳攝車一天排了 130 個人，會不會超過上限", "130", False),
    ("小美每天超過 40 案，這個月做了 620 案", "620", False),
])
def test_the_rules_limit_named_with_its_figure_is_a_line(text, number, is_line):
    at = text.index(number)
    assert target_of(text, at, at + len(number)) is is_line


@pytest.mark.parametrize(("question", "day", "staff"), [
    ("乳摄车一天排了 130 个人，车上 3 个放射师，这样每人 40 案的上限会不会超？", 130, 3),
    ("乳攝車今天拍了 100 人，車上 2 位放射師，有沒有超過每人每天 40 案？", 100, 2),
    ("Our van did 130 screenings today with 3 techs on board. Did we blow the 40-per-tech cap?", 130, 3),
])
def test_the_van_cap_named_is_no_count(question, day, staff):
    call = reader_call(question, "hpa_radiographer_volume")
    assert call.args == {"daily_screenings_on_van": day, "radiographers_on_van": staff} and call.complete


@pytest.mark.parametrize("question", [
    "乳房X光是BI-RADS 3，病人很焦慮想直接做粗針切片，醫生應該直接切還是半年後再追？",
    "BI-RADS 3 的個案，要馬上穿刺還是6個月後追蹤比較好？",
    "第3类的患者要先观察还是直接开刀？",
    "Patient is BI-RADS 3, she wants a biopsy now — should we biopsy or follow up in 6 months?",
])
def test_acting_now_or_waiting_is_a_clinical_decision(question):
    assert _marker(question) == "clinical"


@pytest.mark.parametrize("question", [
    "category 3 要在多久內完成複檢？",
    "BI-RADS 3，2026-03-01 篩檢，最晚哪天要完成追蹤？",
    "category 4 的個案，做切片還是回診追蹤才算完成追蹤？",
    "追蹤完成率 70%，category 3 的個案切片還是追蹤都算完成嗎",
])
def test_our_deadline_and_completion_questions_stay_ours(question):
    assert _marker(question) is None


_VOLUME_Q = "our facility did 14,000 screening mammograms this year. are we over the reasonable volume?"


@pytest.mark.parametrize(("question", "reply", "days"), [
    (_VOLUME_Q, "two qualified radiographers, both worked the full year, 365 days each", [365, 365]),
    (_VOLUME_Q, "2 × 365", [365, 365]),
    (_VOLUME_Q, "365 天 × 2 位", [365, 365]),
    ("今年全院乳攝篩檢 9000 案，有沒有超過合理量？", "3 × 300 天", [300, 300, 300]),
    ("今年乳攝篩檢做了 14000 案，會不會超過合理量？", "兩位合格放射師，都做滿一年，各 365 天", [365, 365]),
    # near miss: a figure for each one, no product
    (_VOLUME_Q, "2 radiographers: 365 and 200", [365, 200]),
])
def test_a_reply_counting_people_gives_one_figure_each(engine, question, reply, days):
    _, second = ask_and_reply(engine, question, reply)
    assert calculator_call(second, "hpa_facility_volume").args["radiographer_work_days"] == days


def test_a_product_in_a_question_is_people_times_days():
    call = reader_call("今年篩檢 14000 案，放射師 2 × 365 天，有超過合理量嗎", "hpa_facility_volume")
    assert call.args.get("radiographer_work_days") == [365, 365]


@pytest.mark.parametrize(("question", "reply", "scores"), [
    ("放射師自選片有一組拿 365 分，這樣就是 A 等了嗎？", "365 是非緻密型，緻密型那組 349", {"non_dense": 365, "dense": 349}),
    ("放射師自選片有一組拿 365 分，這樣就是 A 等了嗎？", "365 那組是非緻密的，另一組緻密 349", {"non_dense": 365, "dense": 349}),
    ("One of our tech's self-selected sets scored 362 — does she get an A?", "362 was the dense set; the non-dense one got 355",
     {"non_dense": 355, "dense": 362}),
])
def test_a_set_said_to_be_its_type_in_a_reply(engine, question, reply, scores):
    _, second = ask_and_reply(engine, question, reply)
    assert calculator_call(second, "hpa_image_grade").args["scores"] == scores


def test_a_type_asked_binds_no_set():
    call = reader_call("放射師自選片 365 是緻密型還是非緻密型？另一組 349", "hpa_image_grade")
    assert not isinstance(call.args.get("scores"), dict)
