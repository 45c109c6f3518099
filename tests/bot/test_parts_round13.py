"""Multi-part questions, thirteenth round (SPEC §3 `parts`): classes of messages asking several things at once.

Every phrasing here is new (zh-TW, zh-CN, en), written for the class, not taken from an eval bank. Real engine
(conftest: real index on disk, real calculators, no model).
"""

from __future__ import annotations

import pytest

from bot.parts import split_parts
from tests.bot.conftest import TODAY


def _tools(answer):
    return [[c.name for c in p.tool_calls] for p in answer.parts]


# ------------------------------------------------------------------ a question asking "when" with no question mark

@pytest.mark.parametrize("text", [
    "完成率 66%，補助 300 萬，扣幾趴？另外一個 0 類 10/3 篩的，最晚哪天要複檢",
    "完成率 71%，补助 150 万，扣多少？还有一个 3 类的 9/9 筛的，什么时候要复检",
    "deduction at 62% with a 1,800,000 subsidy? also a cat 5 screened 2026-11-02, diagnosis due when",
    "追蹤完成 58%，要扣幾 %？順便問 4 類的個案 11/1 篩檢，何時前要確診",
    "疑陽 90 例完成 70 例扣多少？然後 category 0 在 10 月 5 日篩的，複檢截止是哪一天",
])
def test_a_trailing_when_question_without_its_mark_is_a_part_of_its_own(text):
    pieces, numbered = split_parts(text)
    assert not numbered and pieces is not None and len(pieces) == 2, pieces
    assert any(w in pieces[1] for w in ("哪", "什么时候", "when", "何時")), pieces


@pytest.mark.parametrize("question", [
    "完成率 64%，補助 2,500,000，扣多少？另外一個 4 類個案今年 10/28 篩的，最晚何時要確診",
    "follow-up completion 69%, subsidy NT$800,000 — how much is deducted? also a category 3 screened on 2026-09-15, recall by when",
])
def test_a_deduction_and_a_deadline_without_a_second_mark_are_both_answered(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert _tools(answer) == [["hpa_followup_deduction"], ["hpa_followup_deadline"]], answer.answer
    assert [p.route for p in answer.parts] == ["calculator", "calculator"]


# ------------------------------------------------------------------ one call, two separate checks: a month and a van day

@pytest.mark.parametrize(("question", "monthly", "daily", "on_van"), [
    ("阿芳這個月已經拍了 515 案；上週六巡迴車上 2 位放射師一天拍了 88 案。月量跟單日各有沒有超？", 515, 88, 2),
    ("巡迴車昨天 3 位放射師一共拍了 117 案，其中小陳本月累計 556 案，哪些地方超標了？", 556, 117, 3),
    ("乳摄车上周三 2 名放射师拍了 84 例；另外其中一位这个月累计 498 例，两个都帮我看看有没有超", 498, 84, 2),
    ("One of our techs is at 545 screenings this month, and on Friday the van (2 techs) did 79. Any limit broken?", 545, 79, 2),
    ("mobile unit check: 3 RTs did 121 exams on Monday; separately I myself have done 503 this month. over the monthly cap? over the daily cap?",
     503, 121, 3),
])
def test_a_month_and_a_van_day_are_answered_as_two_parts_of_one_call(engine, question, monthly, daily, on_van):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "calculator", answer.answer
    # the whole message is one calculation …
    assert len(answer.tool_calls) == 1
    assert answer.tool_calls[0].args == {"monthly_screenings": monthly, "daily_screenings_on_van": daily,
                                         "radiographers_on_van": on_van}
    # … answering two questions, one part each, in the order the message states them, each with its own facts only
    by_part = [p.tool_calls[0].args for p in answer.parts]
    month_first = question.find(str(monthly)) < question.find(str(daily))
    expected = [{"monthly_screenings": monthly}, {"daily_screenings_on_van": daily, "radiographers_on_van": on_van}]
    assert by_part == (expected if month_first else expected[::-1])
    month = next(p for p in answer.parts if "monthly_screenings" in p.tool_calls[0].args)
    day = next(p for p in answer.parts if "daily_screenings_on_van" in p.tool_calls[0].args)
    assert month.tool_calls[0].result["over_monthly_cap"] is (monthly > 500)
    assert month.tool_calls[0].result["van_spot_review"] is (monthly > 550)
    assert day.tool_calls[0].result["over_van_daily_cap"] is (daily > 40 * on_van)
    assert "hpa-mammo/2.4.1" in [c.id for c in day.citations]
    assert "hpa-mammo/2.1.2.3.1" in [c.id for c in month.citations]


def test_a_month_alone_or_a_van_day_alone_is_one_answer_with_no_parts(engine):
    for question in ("小吳這個月拍了 530 案，有沒有超過上限？", "van with 3 techs did 126 today, over the daily limit?"):
        answer = engine.answer(question, today=TODAY)
        assert answer.route == "calculator" and answer.parts == [], answer.answer


# ------------------------------------------------------------------ numbered parts sharing the facts and question after the last

@pytest.mark.parametrize(("question", "calls"), [
    ("兩個領域：1. RFA 200例 2. PTA 90例，兩個我都是專科滿10年，各自能申請指導老師嗎？",
     [("ablation", 200), ("vascular_intervention", 90)]),
    ("(1) TACE 320 例 (2) 膽道支架 110 例，專科年資都 9 年，分別夠不夠申請？",
     [("tumor_embolization", 320), ("nonvascular_stenting", 110)]),
    ("1) 消融 150 例 2) 出血栓塞 120 例，专科都是 12 年，各自可以申请吗？",
     [("ablation", 150), ("non_tumor_embolization", 120)]),
    ("1) ablation 190 cases 2) PTA 95 cases, both with 9 years as a specialist — eligible for each?",
     [("ablation", 190), ("vascular_intervention", 95)]),
    ("(a) TACE 305 (b) PCN and drainage 280 in total, each with 11 yrs as specialist: can I apply in each domain?",
     [("tumor_embolization", 305), ("localization_biopsy_drainage_pain", 280)]),
])
def test_numbered_parts_take_the_facts_and_the_question_stated_once_after_the_last(engine, question, calls):
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator"] * len(calls), answer.answer
    got = [(p.tool_calls[0].args["domain"], p.tool_calls[0].args["cases_last_6_years"]) for p in answer.parts]
    assert got == calls
    years = {p.tool_calls[0].args["years_as_specialist"] for p in answer.parts}
    assert len(years) == 1 and years <= {9, 10, 11, 12}


def test_a_part_asking_its_own_question_keeps_its_words():
    pieces, numbered = split_parts("1) 月會 3 次幾分？ 2) SCI 2 篇，都是一作，幾分？")
    assert numbered and pieces == ["月會 3 次幾分？", "SCI 2 篇，都是一作，幾分？"]


# ------------------------------------------------------------------ one part per year, the later years stated shorter

@pytest.mark.parametrize(("question", "calls"), [
    ("兩年的陽追幫我算：113年疑似陽性 220 人、完成 170 人；114年 240 人、完成 150 人。各年扣幾趴？", [(220, 170), (240, 150)]),
    ("2024: 150 suspected positives, 118 completed; 2025: 160 and 100. Deduction % for each year?", [(150, 118), (160, 100)]),
    ("last year we had 210 suspected positives and 160 completed; this year 190, with 120 done. deduction for each?",
     [(210, 160), (190, 120)]),
    ("去年疑阳 300 例，追完 240 例，补助 400 万；今年目前 120 例追完 80 例。两年各扣多少 %？", [(300, 240), (120, 80)]),
    ("112年度疑似陽性 150 案，完成 120 案；113年度一樣 150 案，完成 99 案，兩年各扣多少比例？", [(150, 120), (150, 99)]),
    ("今年疑似阳性 130 例、完成 100 例；去年 140 例，只完成 90 例。两年各扣几趴？", [(130, 100), (140, 90)]),
])
def test_a_later_year_stated_like_the_first_but_shorter_is_computed_too(engine, question, calls):
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "calculator"], answer.answer
    got = [(p.tool_calls[0].args["suspected_positive_cases"], p.tool_calls[0].args["completed_cases"]) for p in answer.parts]
    assert got == calls


def test_a_later_year_whose_words_name_another_fact_is_asked_not_moved(engine):
    # "今年完成 72 個" names the completed cases: 72 is never read as the suspected-positive total of the year before
    answer = engine.answer("去年疑似陽性 400 個，完成 310 個；今年完成 72 個。兩年各扣幾 %？", today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "clarify"], answer.answer
    assert answer.parts[1].tool_calls == []
    assert any(m.startswith("suspected_positive_cases") for m in answer.parts[1].missing)


def test_parallel_text_writes_the_figures_into_the_first_years_words():
    from bot.parts import parallel_text
    from bot.reader import vocabularies
    from bot.reader.mentions import compiled

    vocab = next(v for v in vocabularies() if v.tool == "hpa_followup_deduction")
    terms = [compiled(s.terms) for s in vocab.slots if s.kind == "number" and s.terms]
    assert parallel_text("113年疑似陽性180人完成140人，扣款比例？", "114年一樣180人但只完成121人，扣款比例？", terms) == \
        "114年疑似陽性180人完成121人，扣款比例？"
    # a subsidy stated for one year only is left out of the other
    assert parallel_text("去年疑似陽性 400 個，完成 310 個，補助 500 萬，扣幾 %？", "今年到目前 100 個完成 72 個，扣幾 %？", terms) == \
        "今年疑似陽性 100 個，完成 72 個，扣幾 %？"
    assert parallel_text("去年疑似陽性 400 個，完成 310 個，扣幾 %？", "今年完成 72 個，扣幾 %？", terms) is None


def test_a_year_read_in_the_first_years_words_says_so(engine):
    answer = engine.answer("2024: 150 suspected positives, 118 completed; 2025: 160 and 100. Deduction % for each year?",
                           today=TODAY)
    second = answer.parts[1]
    assert second.tool_calls[0].result["deduction_pct"] == 15
    assert any("read in the order of part 1" in a for a in second.assumptions)
    assert "read in the order of part 1" in second.answer


# ------------------------------------------------------------------ a list of named persons, the question before or after

@pytest.mark.parametrize(("question", "scores"), [
    ("三位放射師的自選片：\n- 阿美：非緻密 362、緻密 371\n- 小芬：非緻密 345、緻密 350\n- 志明：非緻密 330、緻密 380\n各是幾等？",
     [(362, 371, "A"), (345, 350, "B"), (330, 380, "C")]),
    ("Two techs' self-selected sets:\n- Amy: non-dense 350, dense 366\n- Dr Chen: non-dense 372, dense 339\ngrade for each?",
     [(350, 366, "B"), (372, 339, "C")]),
    ("两位放射师自选片：\n• 小王：非致密 358、致密 366\n• 小李：非致密 361、致密 364\n分别几等？",
     [(358, 366, "B"), (361, 364, "A")]),
])
def test_each_named_item_of_a_list_is_a_part(engine, question, scores):
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator"] * len(scores), answer.answer
    got = [(p.tool_calls[0].args["scores"]["non_dense"], p.tool_calls[0].args["scores"]["dense"],
            p.tool_calls[0].result["grade"]) for p in answer.parts]
    assert got == scores
    assert {p.tool_calls[0].args["subject"] for p in answer.parts} == {"radiographer"}


@pytest.mark.parametrize(("question", "calls"), [
    ("两个个案帮我算期限：A女士 10/20 筛检 3 类；B小姐 11/02 筛检 0 类（都是今年）",
     [("2026-10-20", 3, "2027-04-20"), ("2026-11-02", 0, "2027-01-02")]),
    ("兩位個案的追蹤期限幫我查：C太太 2026/9/30 篩檢 category 4；D小姐 2026/10/15 篩檢 category 0",
     [("2026-09-30", 4, "2026-11-30"), ("2026-10-15", 0, "2026-12-15")]),
    ("Two patients, please give the deadlines: Mrs Wu, category 3, screened 2026-08-20; Ms Ho, category 5, screened 2026-11-11",
     [("2026-08-20", 3, "2027-02-20"), ("2026-11-11", 5, "2027-01-11")]),
])
def test_a_question_counting_the_persons_before_their_facts_is_asked_of_each(engine, question, calls):
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator"] * len(calls), answer.answer
    got = [(p.tool_calls[0].args["screening_date"], p.tool_calls[0].args["category"], p.tool_calls[0].result["deadline"])
           for p in answer.parts]
    assert got == calls


# ------------------------------------------------------------------ a preamble of one part's facts, another part's own words

@pytest.mark.parametrize(("question", "total", "years", "eligible"), [
    ("我今年：年會 1 次、月會 4 次。(1) 今年幾分？(2) 前五年是 120、90、100、110、95，加上今年夠不夠展延？",
     140, [120, 90, 100, 110, 95], True),
    ("今年情况：年会 1 次、月会 2 次、国际会议 1 次。1) 今年多少分 2) 前五年 80、90、100、70、85，加上今年够展延吗",
     130, [80, 90, 100, 70, 85], False),
    ("This year: TSA annual meeting once, 5 monthly meetings. (a) credits this year? (b) the five years before were "
     "100, 95, 110, 90, 105 — with this year, can I renew?", 160, [100, 95, 110, 90, 105], True),
    ("今年參加年會一次、月會六次。一、今年總分？二、前五年分別 50、60、70、80、90，加今年能換證嗎？",
     180, [50, 60, 70, 80, 90], False),
    ("2026 so far: annual meeting x1, monthly x2, one SCI paper as first author. 1) total? 2) previous five years "
     "90, 100, 80, 120, 110 — enough for renewal with this year?", 150, [90, 100, 80, 120, 110], True),
])
def test_a_part_asking_another_calculation_of_the_preambles_result_reads_its_own_words(engine, question, total, years,
                                                                                         eligible):
    answer = engine.answer(question, today=TODAY)
    assert _tools(answer) == [["tsa_credit_tally"], ["tsa_renewal_check"]], answer.answer
    (tally,), (renewal,) = answer.parts[0].tool_calls, answer.parts[1].tool_calls
    assert tally.result["total"] == total
    # the renewal takes this year's figure from part 1's result, said so — never the preamble's counts as years
    assert renewal.args["yearly_credits"] == [*years, total]
    assert renewal.result["eligible"] is eligible
    assert any(r.fact.startswith("yearly_credits (part 1") for r in answer.parts[1].reading)


# ------------------------------------------------------------------ a what-if part: one fact changed, the others kept

@pytest.mark.parametrize(("question", "first", "second"), [
    ("兩位放射師 365、300 天，今年篩了 12000 案，有超量嗎？如果篩了 13000 案呢？",
     {"radiographer_work_days": [365, 300], "annual_screenings": 12000},
     {"radiographer_work_days": [365, 300], "annual_screenings": 13000}),
    ("疑似陽性 100 例完成 70 例，扣幾 %？那如果完成 76 例呢？",
     {"suspected_positive_cases": 100, "completed_cases": 70}, {"suspected_positive_cases": 100, "completed_cases": 76}),
    ("疑似阳性 120 例，完成 80 例，扣几趴？如果完成 90 例呢？",
     {"suspected_positive_cases": 120, "completed_cases": 80}, {"suspected_positive_cases": 120, "completed_cases": 90}),
    ("suspected positives 200, completed 140: deduction %? what if completed were 150?",
     {"suspected_positive_cases": 200, "completed_cases": 140}, {"suspected_positive_cases": 200, "completed_cases": 150}),
    ("2 radiographers, 365 and 300 days, 12,000 screenings: any cases unpaid? and if screenings were 13,000?",
     {"radiographer_work_days": [365, 300], "annual_screenings": 12000},
     {"radiographer_work_days": [365, 300], "annual_screenings": 13000}),
])
def test_a_what_if_part_keeps_the_facts_it_does_not_restate(engine, question, first, second):
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "calculator"], answer.answer
    assert [p.tool_calls[0].args for p in answer.parts] == [first, second]
    kept = answer.parts[1]
    assert any("part 1" in a or "第 1 題" in a for a in kept.assumptions)
    # a kept fact is shown as not read from this part's words
    assert any(r.text == "" for r in kept.reading)


@pytest.mark.parametrize("question", [
    "疑似陽性 100 例完成 70 例，扣幾 %？另一家完成 76 例呢？",          # another facility: its own facts, asked
    "suspected positives 200, completed 140: deduction? what about the other site, 150 completed?",
])
def test_a_part_about_another_one_never_borrows_the_facts(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert answer.parts[0].route == "calculator", answer.answer
    assert answer.parts[1].route == "clarify" and answer.parts[1].tool_calls == []


@pytest.mark.parametrize("question", [
    "RFA 150 例、專科 10 年，能申請消融指導老師嗎？如果是 190 例呢？",
    "van: 3 RTs did 118 today, over the daily cap? what if 2 RTs did 118?",
    "Two RTs with 365 and 300 days, 12,000 screenings this year — over the limit? What if we had done 13,000?",
])
def test_a_what_if_that_cannot_be_placed_is_asked_never_added_in(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "clarify"], answer.answer
    assert answer.parts[1].tool_calls == []
    # the what-if's figure is never summed into the first calculation
    assert all(340 not in (c.args.get("cases_last_6_years"),) for c in answer.tool_calls)
    assert len(answer.tool_calls) == 1


# ------------------------------------------------------------------ a calculation and a rules question in one message

@pytest.mark.parametrize(("question", "tool", "field", "value", "rule"), [
    ("今年月會 3 次、年會 1 次，幾分？另外國外會議的積分要附什麼證明？", "tsa_credit_tally", "total", 120, "tsa-cme/5.4.n1"),
    ("I attended the TSA annual meeting and 2 monthly meetings this year — total credits? also what documents do I need "
     "for overseas meeting credits?", "tsa_credit_tally", "total", 100, "tsa-cme/5.4.n1"),
    ("我的自選片非緻密 352、緻密 366，評幾等？還有乳攝車一天最多可以拍幾案？", "hpa_image_grade", "grade", "B", "hpa-mammo/2.4.1"),
    ("疑似阳性 90 例完成 60 例扣多少？另外 category 3 要几个月内复检？", "hpa_followup_deduction", "deduction_pct", 10,
     "hpa-mammo/2.5.4"),
    ("Two RTs, 365 and 200 days, 11,000 screenings: any unpaid? Also what is the monthly cap per radiographer?",
     "hpa_facility_volume", "excess_cases", 784, "hpa-mammo/2.1.2.3.1"),
    ("TACE 320 例、专科 10 年，能申请吗？另外证书期满前多久可以申请换证？", "tsir_instructor_eligibility", "eligible", True,
     "tsir-instructor/4"),
])
def test_a_rules_question_after_a_calculation_is_a_rules_part(engine, question, tool, field, value, rule):
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "retrieval"], answer.answer
    (call,) = answer.parts[0].tool_calls
    assert call.name == tool and call.result[field] == value
    # the rules question's words are what it asks about, never a fact of the calculation (國外會議 is no meeting attended)
    assert answer.tool_calls == [call]
    assert answer.parts[1].tool_calls == []
    assert rule in [c.id for c in answer.parts[1].citations]


def test_questions_about_the_same_facts_stay_one_calculation(engine):
    answer = engine.answer("我這個月拍了 530 案，有超過每月上限嗎？會被抽片嗎？", today=TODAY)
    assert answer.route == "calculator" and answer.parts == [], answer.answer
    assert [c.name for c in answer.tool_calls] == ["hpa_radiographer_volume"]


def test_a_check_cut_from_a_shared_sentence_is_no_rules_question(engine):
    answer = engine.answer("van check: 3 RTs did 121 exams on Monday; I have done 503 this month. over the monthly cap? "
                           "over the daily cap?", today=TODAY)
    assert answer.route == "calculator", answer.answer
    assert "retrieval" not in [p.route for p in answer.parts]
