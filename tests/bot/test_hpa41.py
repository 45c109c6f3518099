"""Round 41 (hpa41): HPA (mammography) calculator and clarify questions, all languages — classes found in the round-41
development failures, each covered with phrasings of our own (none is a blind bank's):

1. A facility's self-selected sets listed person by person ("- Wu: non-dense 348, dense 341 - Tsai: …") are one
   calculation that pools them (the best set of each type), never a part per radiographer; the same list asking each
   radiographer's grade stays one part each (`Vocabulary.pools`).
2. The previous review's requirement said as being told one had to go ("he was already told he had to do the seminar",
   "上一輪已經告訴他一定要去", "上次已经通知她必须参加") is read; "never told him he had to" is its denial.
3. A head count then a bare count of some of them with what they did ("3 techs …, two worked the full year (365 days) and
   the new one only 180 days", "2 of them were here all year"): a group of the work-day list; fewer days than people
   stays asked.
4. The re-read rate named by another word for the discrepancy ("disagreement", "discordance", "mismatch", "不一致") stays
   near its rate, so the other rate said "fine (30%)" pairs with it.
5. An average stated "of exactly 340" beside the scores is their average restated (a check), never one more score; and
   whether one's own whole scores "count as B or C" is the computed grade, not the rule's table. An average alone is the
   figure graded (near miss).
6. A QC item named by an everyday word: the reading system as 看片系統 / 讀片工作站 / "reader 91" / "viewer 80"; a
   re-read's "reader 1 …%" stays a reader physician (near miss).
7. B/C present and the QC seminar asked by another name (品管講習, 品保培训, "QA training"): whether human factors caused
   them is asked, never assumed; said (setup error) it is computed; all A asks nothing.
8. One self-selected set named by its breast type with its band checked ("非致密型得了 365 分，是 A 嗎") asks the other set;
   a set with no type or a supposed score stays the rule's table (near misses).
9. An English month is read only as its own spelling: "Separately one of them … logged 540" names no September day (the
   number went unread); "Sept 3" is still a day.
"""

from __future__ import annotations

import pytest


def _call(answer, tool: str):
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert answer.route == "calculator" and calls, (answer.route, answer.missing, answer.unused, answer.answer[:300])
    return calls


# ------------------------------------------------------------------ 1. a facility's self-selected sets, person by person

POOLED = [
    ("Facility self-selected sets by radiographer: - Chen: non-dense 351, dense 344 - Lee: non-dense 358, dense 362 "
     "- Wang: non-dense 347, dense 336. What grade does the facility get?",
     {"non_dense": [351, 358, 347], "dense": [344, 362, 336]}, "B"),
    ("本院自選片，三位放射師分數如下：- 小林：非緻密 350、緻密 344 - 小王：非緻密 361、緻密 358 - 小陳：非緻密 340、緻密 372，機構是幾等？",
     {"non_dense": [350, 361, 340], "dense": [344, 358, 372]}, "A"),
    ("机构自选片，两位放射师：- 小李：非致密 342、致密 338 - 小张：非致密 355、致密 349，机构评几等？",
     {"non_dense": [342, 355], "dense": [338, 349]}, "B"),
]


@pytest.mark.parametrize(("question", "scores", "grade"), POOLED)
def test_a_facilitys_sets_listed_per_radiographer_are_one_pooled_call(ask, question, scores, grade) -> None:
    calls = _call(ask(question), "hpa_image_grade")
    assert len(calls) == 1
    assert calls[0].args["subject"] == "facility" and calls[0].args["scores"] == scores
    assert calls[0].result["grade"] == grade


def test_each_radiographers_own_grade_stays_one_part_each(ask) -> None:
    """A near miss: the radiographers' own grades asked — one call each, the lower set of each."""
    a = ask("Radiographer self-selected sets, two radiographers: - Amy: non-dense 352, dense 347 - Ben: non-dense 349, "
            "dense 363. What grade does each get?")
    calls = _call(a, "hpa_image_grade")
    assert [(c.args["subject"], c.args["scores"]) for c in calls] == [
        ("radiographer", {"non_dense": 352, "dense": 347}), ("radiographer", {"non_dense": 349, "dense": 363})]


# ------------------------------------------------------------------ 2. the previous requirement said as being told

TOLD = [
    ("複判差異陽性 55%、陰性 6%，上一輪審查已經告訴他一定要去參加座談會，這次會怎樣？", True, "stop_and_suspend"),
    ("复判差异阳性 48%、阴性 16%，上次审查已经通知她必须参加座谈会，这次怎么处理？", True, "stop_and_suspend"),
    ("Re-read: positive 57%, negative 4%. At the previous review Dr Wu was told he needed to attend the case conference. "
     "What now?", True, "stop_and_suspend"),
    # near misses: the telling denied, or nothing said of it
    ("Re-read: positive 57%, negative 4%. At the previous review they never told him he had to attend. What now?", False,
     "required"),
    ("Re-read: positive 57%, negative 4%. What now?", None, "required"),
]


@pytest.mark.parametrize(("question", "previous", "tier"), TOLD)
def test_the_previous_requirement_said_as_being_told(ask, question, previous, tier) -> None:
    call = _call(ask(question), "hpa_reread_action")[0]
    assert call.args.get("previously_required") is previous
    assert call.result["tier"] == tier


# ------------------------------------------------------------------ 3. some of the radiographers counted bare

GROUPS = [
    ("Annual volume: 4 qualified RTs, three worked the full year and the new hire only 150 days. 24,000 screenings this "
     "year. Over?", [365, 365, 365, 150], 24000),
    ("We have 3 qualified techs; 2 of them were here all year (365 days) and the third 200 days. 17,000 mammograms in "
     "2025 — how many won't get paid?", [365, 365, 200], 17000),
    ("3 位合格放射師，兩位全年（365 天），新來的那位只做了 180 天，今年篩檢 16500 案，有超過合理量嗎？", [365, 365, 180], 16500),
]


@pytest.mark.parametrize(("question", "days", "screenings"), GROUPS)
def test_some_of_the_radiographers_counted_bare_are_a_group_of_days(ask, question, days, screenings) -> None:
    call = _call(ask(question), "hpa_facility_volume")[0]
    assert sorted(call.args["radiographer_work_days"]) == sorted(days)
    assert call.args["annual_screenings"] == screenings


def test_fewer_days_than_people_stays_asked(ask) -> None:
    """A near miss: two of three said to have worked the year, the third's days not given — asked."""
    a = ask("3 qualified techs, two worked the full year. 16,000 screenings this year. Over the reasonable volume?")
    assert a.route == "clarify" and any(m.startswith("radiographer_work_days") for m in a.missing)


# ------------------------------------------------------------------ 4. the discrepancy by another word

OTHER_WORD = [
    ("positive re-read disagreement 64%, negative fine (4%). consequence?", 64, 4, "stop"),
    ("negative reread discordance 18%, positives okay (35%). what happens?", 35, 18, "required"),
    ("reader's negative re-read mismatch came in at 12%, positive was fine at 20%. action?", 20, 12, "recommended"),
    ("陰性複判不一致 16%，陽性還好（38%），要怎麼處理？", 38, 16, "required"),
]


@pytest.mark.parametrize(("question", "positive", "negative", "tier"), OTHER_WORD)
def test_the_discrepancy_named_by_another_word(ask, question, positive, negative, tier) -> None:
    call = _call(ask(question), "hpa_reread_action")[0]
    assert (call.args["positive_discrepancy_pct"], call.args["negative_discrepancy_pct"]) == (positive, negative)
    assert call.result["tier"] == tier


# ------------------------------------------------------------------ 5. an average restated "exactly"

AVERAGE = [
    ("Our RT's sampled films scored 352 and 368 — does an average of exactly 360 count as an A?", [352, 368], "A"),
    ("Facility sampled sets: 331, 349 and 340. Does an average of exactly 340 count as B or C?", [331, 349, 340], "B"),
    ("機構抽選片三組 330、350、340，平均剛好 340，算 B 還是 C？", [330, 350, 340], "B"),
    ("机构抽选片两组 355、365，平均正好 360，算 A 吗？", [355, 365], "A"),
    # near miss: the average alone is the figure graded
    ("Sampled image evaluation for our RT: average 352, what grade?", [352], "B"),
]


@pytest.mark.parametrize(("question", "scores", "grade"), AVERAGE)
def test_an_average_restated_exactly_is_a_check(ask, question, scores, grade) -> None:
    call = _call(ask(question), "hpa_image_grade")[0]
    assert call.args["scores"] == scores and call.result["grade"] == grade


# ------------------------------------------------------------------ 6. the reading system by an everyday word

READING_SYSTEM = [
    ("品管實地測試：劑量 90、假體 86、壓迫 88、照野 91、看片系統 72，幾等？", 72, "C"),
    ("质控实地测试：剂量 88、假体 90、压迫 86、照野 92、读片工作站 79，几等？", 79, "B"),
    ("QC results: dose 90, phantom 88, compression 86, alignment 92, viewer 80. grades?", 80, "B"),
    ("QC: dose 87, phantom 90, compression 88, alignment 86, reader: 68. can we keep using it?", 68, "D"),
]


@pytest.mark.parametrize(("question", "score", "worst"), READING_SYSTEM)
def test_the_reading_system_by_an_everyday_word(ask, question, score, worst) -> None:
    call = _call(ask(question), "hpa_qc_grade")[0]
    assert call.args["scores"]["reading_system"] == score and call.result["worst"] == worst


def test_a_numbered_reader_of_a_reread_stays_a_physician(ask) -> None:
    """A near miss: "reader 1 positive 55%" names a reader physician — two re-read calls, no QC."""
    a = ask("reader 1 positive 55% negative 10%, reader 2 positive 30% negative 5%. consequences?")
    calls = _call(a, "hpa_reread_action")
    assert [c.result["tier"] for c in calls] == ["required", "none"]
    assert not any(c.name == "hpa_qc_grade" for c in a.tool_calls)


# ------------------------------------------------------------------ 7. the QC seminar by another name asks the cause

SEMINAR_ASKED = [
    "QC 實地測試 壓迫 82、假體 88，其他都 A，要不要派人去上品管講習？",
    "QC实地测试 照野 75、假体 90，其他都 A，要派人去上品保培训吗？",
    "Field QC: phantom 79, compression 90, others all A. Do we have to send people to the QA training?",
]


@pytest.mark.parametrize("question", SEMINAR_ASKED)
def test_the_qc_seminar_by_another_name_asks_the_human_factor(ask, question) -> None:
    a = ask(question)
    assert a.route == "clarify" and any(m.startswith("human_factor") for m in a.missing), (a.route, a.missing)


def test_the_human_factor_said_is_computed(ask) -> None:
    """Near miss: the cause said (a tech's setup error) — computed, the seminar measure applies."""
    a = ask("Field QC: phantom 79, compression 90, others all A — it was a tech's setup error. Do we have to send people "
            "to the QA training?")
    call = _call(a, "hpa_qc_grade")[0]
    assert call.args["human_factor"] is True and call.result["worst"] == "B"


def test_all_a_asks_nothing(ask) -> None:
    """Near miss: no B or C — nothing to ask."""
    a = ask("QC 實地測試都 A：劑量 90、假體 88、壓迫 92、照野 90、閱片系統 95，要不要去上品保講習？")
    call = _call(a, "hpa_qc_grade")[0]
    assert "human_factor" not in call.args and call.result["worst"] == "A"


# ------------------------------------------------------------------ 8. one typed self-selected set's band checked

ONE_TYPED_SET = [
    ("放射师自选片非致密型得了365分，是A吗？", 365),
    ("My self-selected dense set came back 341 — is that a B?", 341),
    ("自選片緻密型 372，這樣是 A 嗎？", 372),
    ("Self-selected: non-dense 361. Is that an A?", 361),
]


@pytest.mark.parametrize(("question", "score"), ONE_TYPED_SET)
def test_one_typed_set_checked_asks_the_other(ask, question, score) -> None:
    a = ask(question)
    assert a.route == "clarify" and any(m.startswith("scores") and str(score) in m for m in a.missing), (a.route, a.missing)


@pytest.mark.parametrize("question", ["自選片一組 365 分，是 A 嗎？", "如果自選片非緻密型 365 分，是 A 嗎？"])
def test_an_untyped_or_supposed_set_stays_the_rules_table(ask, question) -> None:
    a = ask(question)
    assert a.route == "retrieval" and not a.tool_calls


# ------------------------------------------------------------------ 9. an English month only as its own spelling

SEPARATELY = [
    ("Van yesterday: 112 screenings with 3 RTs aboard. Separately one of them (Ms Wu) did 530 in September. Any limit broken?",
     {"daily_screenings_on_van": 112, "radiographers_on_van": 3, "monthly_screenings": 530}),
    ("Running the 乳攝車 from our clinic: 118 screenings yesterday, 3 techs on it. Separately one of them logged 540 in "
     "October alone. Over any limit?",
     {"daily_screenings_on_van": 118, "radiographers_on_van": 3, "monthly_screenings": 540}),
    ("Separately, one of our techs did 560 last month and the van had 2 techs doing 85 on Tuesday. Over any cap?",
     {"daily_screenings_on_van": 85, "radiographers_on_van": 2, "monthly_screenings": 560}),
]


@pytest.mark.parametrize(("question", "args"), SEPARATELY)
def test_separately_names_no_september_day(ask, question, args) -> None:
    call = _call(ask(question), "hpa_radiographer_volume")[0]
    assert call.args == args


def test_a_month_abbreviation_is_still_a_day() -> None:
    from bot.reader.mentions import _PARTIAL_EN

    said = [m.group(0) for t in ("Van on Sept 3: 118 screenings", "screened Oct 12", "September 3rd", "Jan. 5")
            for m in _PARTIAL_EN.finditer(t)]
    assert said == ["Sept 3", "Oct 12", "September 3rd", "Jan. 5"]
    assert not [m.group(0) for t in ("Separately 1 of them", "Marked 3 items", "Decided 2 days", "Mayor 3")
                for m in _PARTIAL_EN.finditer(t)]
