"""The generic reader on the tally's declared vocabulary (calculators/vocab_tsa.py `TALLY`): the `items` slot's
readings the credit tally needs (several activities in one clause, years, details in a later clause, places,
the speaker's meetings, case-report splits), each declared, none written for the tally in bot/reader."""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.extract import candidates
from bot.reader import read, vocabularies
from calculators.tsa_cme import TsaCreditTallyInput
from calculators.vocab_tsa import TALLY
from tests.bot.conftest import TODAY


def _read(text: str):
    e = read(Query(text, TODAY), TALLY)
    assert e is not None and e.tool == "tsa_credit_tally"
    return e


def test_several_activities_in_one_clause_and_a_count_led_by_and_goes_with_the_next():
    e = _read("年會一次月會兩次，還有年會和4場講習會，每場 1 小時，幾分？")
    assert e.args["activities"][:2] == [{"kind": "tsa_annual_meeting", "count": 1}, {"kind": "tsa_monthly_meeting", "count": 2}]
    e = _read("年會和4場講習會，每場 1 小時，積分？")
    assert e.args["activities"] == [{"kind": "tsa_annual_meeting", "count": 1},
                                    {"kind": "domestic_seminar", "count": 4, "hours": 1}]
    assert e.complete


def test_each_activity_takes_the_year_named_for_it():
    e = _read("去年年會 1 次，今年月會 3 次，2024 年國際會議 1 次，積分？")
    assert [(a["kind"], a["year"]) for a in e.args["activities"]] == [
        ("tsa_annual_meeting", 2025), ("tsa_monthly_meeting", 2026), ("international_meeting", 2024)]
    e = _read("今年年會去了一次，月會 5 次，這樣總共幾分？")  # one year named: every activity's
    assert {a["year"] for a in e.args["activities"]} == {2026}


def test_a_detail_in_a_later_clause_completes_the_activity_and_a_missing_one_is_asked():
    e = _read("參加 3 場講習會，每場 3 小時，積分多少？")
    assert e.args["activities"] == [{"kind": "domestic_seminar", "count": 3, "hours": 3}] and e.complete
    e = _read("國內講習會 2 場，積分？")
    assert [n.key for n in e.needs] == ["hours"]
    e = _read("參加相關專科醫學會年會一次，會期兩天，積分？")
    assert e.args["activities"] == [{"kind": "specialty_annual_meeting", "count": 1, "days": 2}]


def test_details_go_only_to_the_kinds_that_take_them():
    # "各 1 小時" is spread over the listed items by the parser; only the seminar takes hours
    e = _read("今年參加外科醫學會年會 1 次、國際會議 1 次、國內研討會 3 場各 1 小時，積分多少？")
    assert [a.get("hours") for a in e.args["activities"]] == [None, None, 1]
    e = _read("去美國進修 3 個月，積分？")  # a training has months, no count
    assert e.args["activities"] == [{"kind": "training_abroad", "months": 3, }]


def test_a_course_named_with_its_kind_is_no_course_by_hours_and_a_specialty_meeting_no_tsa_meeting():
    assert _read("今年參加 ATLS 課程一次，積分多少？").args["activities"] == [{"kind": "atls", "count": 1, "year": 2026}]
    kinds = [a["kind"] for a in _read("專科醫學會年會開三天的去一次，幾分").args["activities"]]
    assert kinds == ["specialty_annual_meeting"]


def test_a_speaker_is_on_top_of_attending_and_the_meetings_spoken_at_were_attended():
    e = _read("今年年會去了一次，月會 5 次，其中 2 次我是講者，這樣總共幾分？")
    assert [(a["kind"], a["count"]) for a in e.args["activities"]] == [
        ("tsa_annual_meeting", 1), ("tsa_monthly_meeting", 5), ("tsa_monthly_speaker", 2)]  # not carved: 5, not 3
    e = _read("我今年在月會擔任講者2次，積分多少？")
    assert [(a["kind"], a["count"]) for a in e.args["activities"]] == [("tsa_monthly_meeting", 2), ("tsa_monthly_speaker", 2)]
    assert any("也計為出席月會" in n.zh for n in e.notes)


def test_a_paper_role_in_the_next_clause_is_another_paper_of_the_same_kind():
    e = _read("今年 SCI 論文第一作者 2 篇、第二作者 1 篇，積分多少？")
    assert [(a["kind"], a["count"], a["role"]) for a in e.args["activities"]] == [
        ("paper_sci", 2, "first"), ("paper_sci", 1, "second")]


def test_a_case_report_among_the_papers_is_split_off_and_a_later_case_report_clause_flags_the_paper():
    e = _read("今年 SCI 兩篇都是通訊作者，不過兩篇裡有一篇是 case report，論文這塊幾分？")
    assert e.args["activities"] == [
        {"kind": "paper_sci", "count": 1, "role": "corresponding", "case_report": False, "year": 2026},
        {"kind": "paper_sci", "count": 1, "role": "corresponding", "case_report": True, "year": 2026}]
    e = _read("我發表一篇非 SCI 論文，是通訊作者，是病例報告，積分多少？")
    assert e.args["activities"] == [{"kind": "paper_non_sci", "count": 1, "role": "corresponding", "case_report": True}]


def test_a_meeting_named_as_the_place_of_a_presentation_is_no_attendance_unless_it_is_said():
    e = _read("今年在外科醫學會年會發表壁報 2 篇，我是第一作者，積分多少？")
    assert e.args["activities"] == [{"kind": "presentation", "count": 2, "role": "first", "year": 2026}]
    assert any("只計發表積分" in n.zh for n in e.notes)
    e = _read("我上個月在國內研討會發表了 oral，第一作者，積分多少")  # a seminar as the place too, no hours asked
    assert e.args["activities"] == [{"kind": "presentation", "count": 1, "role": "first", "year": 2026}] and e.complete
    e = _read("今年在國際會議發表了 4 篇壁報（同一個會議，都是第一作者），會議本身也算，一共多少？")
    assert e.args["activities"] == [{"kind": "presentation", "count": 4, "role": "first", "year": 2026},
                                    {"kind": "international_meeting", "count": 1, "year": 2026}]


def test_a_presentation_without_a_role_is_the_persons_own_with_a_note_and_offshore_practice_is_read():
    e = _read("我在澎湖執業，今年國際會議口頭報告 1 次，積分？")
    assert e.args["offshore_island"] is True
    assert e.args["activities"][-1] == {"kind": "presentation", "count": 1, "role": "presenter", "year": 2026}
    assert any("本人發表" in n.zh for n in e.notes)
    TsaCreditTallyInput.model_validate(e.args)  # what the reader reads, the calculator takes


def test_another_regulations_points_are_not_the_tallys():
    assert read(Query("指導老師換證：SCI 全文 2 篇，積分夠嗎？", TODAY), TALLY) is None


def test_a_reply_gives_the_detail_asked_of_every_activity_lacking_it():
    def tally(original: str, reply: str, expected: tuple[str, ...]) -> dict:
        found = candidates(Query(original, TODAY, followup=reply, expected=expected))
        return next(e for e in found if e.tool == "tsa_credit_tally").args

    assert tally("國內講習會 2 場，積分？", "3", ("hours",))["activities"] == [{"kind": "domestic_seminar", "count": 2, "hours": 3}]
    assert tally("去美國進修，積分？", "4", ("months",))["activities"] == [{"kind": "training_abroad", "months": 4}]
    assert [a["role"] for a in tally("非 SCI 論文 1 篇、SCI 論文 1 篇，積分？", "都是第一作者", ("role",))["activities"]] == \
        ["first", "first"]


def test_the_tally_is_read_by_the_generic_reader_with_no_extractor_left():
    e = candidates(Query("今年年會去了一次，月會 5 次，其中 2 次我是講者，這樣總共幾分？", TODAY))[0]
    assert e.tool == "tsa_credit_tally" and e.complete and TALLY in vocabularies()


@pytest.mark.parametrize("question", [
    "Last year I attended 2 international meetings and presented a poster (as the presenter) at each. How many credits?",
    "去年參加 2 次國際會議，每次都發表一篇壁報（我是發表者），去年幾分？",
])
def test_one_at_each_of_the_items_before_it(question):
    d = decide_calculation(Query(question, TODAY))
    acts = {a["kind"]: a["count"] for a in d.extraction.args["activities"]}
    assert acts == {"international_meeting": 2, "presentation": 2} and d.extraction.notes  # said so


def _kinds(a):
    return sorted((x["kind"], x["count"], x.get("year")) for x in a.tool_calls[0].args["activities"])


@pytest.mark.parametrize("question", [
    "月會去年 8 次、今年 5 次，分年幾分？",
    "ATLS 前年上過一次，去年又上一次，積分各年多少？",
])
def test_a_clause_with_only_a_year_and_a_count_is_the_same_kind_again(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    years = [x.get("year") for x in a.tool_calls[0].args["activities"]]
    assert len(years) == 2 and len(set(years)) == 2


def test_a_count_split_over_years_in_brackets_is_asked_not_added(engine):
    a = engine.answer("年會兩次（前年、去年各一次），積分分年多少？", today=TODAY)
    assert a.route == "clarify" or sum(x["count"] for x in a.tool_calls[0].args["activities"]) == 2


@pytest.mark.parametrize("question", [
    "今年月會去了 8 次，有三次是我講的，幾分？",
    "月會今年 8 次，其中三次是我講，積分？",
])
def test_a_part_said_of_the_next_kind_is_that_kinds_count(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    assert ("tsa_monthly_speaker", 3, 2026) in _kinds(a) and ("tsa_monthly_meeting", 8, 2026) in _kinds(a)
    assert sum(1 for k in _kinds(a) if k[0] == "tsa_monthly_meeting") == 1


@pytest.mark.parametrize("question", ["今年出國開會兩次，積分多少？", "今年出国参加研讨会 1 次、月会 2 次，学分？"])
def test_going_abroad_for_a_meeting_is_an_international_meeting(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and any(k[0] == "international_meeting" for k in _kinds(a))


@pytest.mark.parametrize(("question", "kind"), [
    ("今年去了一場第五條第三款那種醫學會年會，開一天，幾分？", "specialty_annual_meeting"),
    ("I went to one art. 5(4) meeting this year. Credits?", "international_meeting"),
    ("第十款的年會去了一次，今年幾分？", "other_surgical_society_meeting"),
])
def test_an_item_of_article_5_named_by_its_number_is_its_kind(engine, question, kind):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and _kinds(a)[0][0] == kind


def test_a_negation_in_brackets_is_about_the_brackets_words(engine):
    a = engine.answer("外科相關醫學會的年會去了一次（不是第三款那種），另外月會 2 次，今年幾分？", today=TODAY)
    assert a.route == "calculator"
    assert [k[0] for k in _kinds(a)] == ["other_surgical_society_meeting", "tsa_monthly_meeting"]


def test_a_clause_with_another_detail_and_a_count_is_the_same_kind_again(engine):
    a = engine.answer("今年專科醫學會年會：兩天的 1 場、一天的 3 場，積分多少？", today=TODAY)
    assert a.route == "calculator"
    assert sorted((x["days"], x["count"]) for x in a.tool_calls[0].args["activities"]) == [(1, 3), (2, 1)]


@pytest.mark.parametrize(("question", "hours"), [
    ("今年國內研討會一場 90 分鐘，積分？", 1.5),
    ("one 150-minute domestic workshop this year, credits?", 2.5),
])
def test_minutes_are_read_as_hours(engine, question, hours):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["activities"][0]["hours"] == hours


@pytest.mark.parametrize("question", [
    "went to another surgical society's annual meeting and 2 TSA monthly meetings this year, credits?",
    "this year: one surgery-related society annual meeting plus 2 monthly meetings. total?",
])
def test_another_surgical_societys_annual_meeting_is_not_ours(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    kinds = [k[0] for k in _kinds(a)]
    assert "other_surgical_society_meeting" in kinds and "tsa_annual_meeting" not in kinds


@pytest.mark.parametrize(("question", "months"), [
    ("今年在醫學中心進修了兩個禮拜，積分？", 0.5),
    ("I did a 3-week fellowship abroad this year; how many credits?", 0.75),
])
def test_weeks_of_training_are_months_at_four_weeks_a_month_said_so(engine, question, months):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["activities"][0]["months"] == months
    assert any("0.25" in x for x in a.assumptions)


def test_a_negated_role_is_not_the_role(engine):
    a = engine.answer("年會上台報告壁報 1 篇，我是發表者不是一作，幾分？", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["activities"][0]["role"] == "presenter"


@pytest.mark.parametrize("question", [
    "This year I went to two specialty society annual meetings — one was a 1-day meeting, the other ran 2 days. Credits?",
    "credits for a 2-day specialty society annual meeting plus a 1-day one this year?",
    "今年專科醫學會年會去了兩場，一場開一天、一場開兩天，積分？",
])
def test_meetings_gone_through_one_by_one_keep_each_ones_days(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    assert sorted((x["count"], x["days"]) for x in a.tool_calls[0].args["activities"]) == [(1, 1), (1, 2)]


@pytest.mark.parametrize("question", [
    "今年 SCI 發了兩篇，一篇一作一篇通訊，論文積分多少？",
    "今年SCI两篇，一篇通讯一篇二作，学分？",
])
def test_papers_gone_through_one_by_one_keep_each_ones_role(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    roles = sorted(x["role"] for x in a.tool_calls[0].args["activities"])
    assert len(roles) == 2 and all(x["count"] == 1 for x in a.tool_calls[0].args["activities"])


def test_todays_month_said_as_the_time_of_asking_is_no_fact(engine):
    a = engine.answer("外專證書效期到 116 年 3 月 31 日，現在（11月底）可以送展延了嗎？", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].name == "renewal_window"


def test_that_one_paper_named_without_a_number_is_one_paper(engine):
    a = engine.answer("那篇 SCI 掛我名字，我是通訊作者，而且是 case report，幾分？", today=TODAY)
    assert a.route == "calculator"
    item = a.tool_calls[0].args["activities"][0]
    assert (item["kind"], item["count"], item["role"], item.get("case_report")) == ("paper_sci", 1, "corresponding", True)


def test_a_counted_paper_with_its_own_role_is_a_paper_of_its_own_not_a_flag_of_the_last(engine):
    a = engine.answer("非 SCI 今年三篇掛其他作者、一篇是二作（病例報告），幾分？", today=TODAY)
    assert a.route == "calculator"
    rows = sorted((x["count"], x["role"], bool(x.get("case_report"))) for x in a.tool_calls[0].args["activities"])
    assert rows == [(1, "second", True), (3, "other", False)]
