"""Twenty-sixth round, replies to questions back (SPEC §3 clarify) and multi-part messages.

Classes (each tested with phrasings invented here, not the bank's):
1. How many people (sets) a figure is the best of ("我們三個放射師裡最高的是 366", "the best non-dense of our 3 RTs") is the
   group it is chosen among, no fact: never left unread — neither in the question nor once a reply completes it.
2. "One of the uncompleted / outstanding ones / our positives" is the one case a question is about, no count.
3. A part about another one stated like the part before but shorter ("…拍了 551 案，會被抽片嗎？另外一個是 550 案呢",
   "…? And the other one with 550?") is read in the part before's words with its own figures — its mark may be left off
   after 呢 / 嗎. A figure of the part before it does not restate is never carried over (the first one's, not the other's):
   it is asked; and another one's figure is never added into the first one's.
4. A person named by a nickname (小陳, 阿美) labels their facts: "小陳做了 530 案、小林做了 470 案，各自…" is one part each.
5. Two calculations stated together with one question for both ("壓迫 74、假體 88；另外複判陽性 57%，分別…"), one of them
   short of a fact: the complete one computed, the other asked back for its fact — never its figure left "unread".
6. A reply to a message in parts of which one part asked back completes that part, the other parts kept as answered —
   also where the part's words alone name no calculation (read as the part before's, or stated beside another).
7. A part naming no calculation of its own, read as the part before's, about the same one ("(2) 同一段時間 RFA 200 例，消融
   呢"): the facts it does not restate and the part before stated are the part before's, said so — never for a part about
   another one ("(2) 另一位 RFA 200 例呢"), which asks.
8. The day a part points at ("category 3 同一天篩的呢") written in after a figure is set off from it — never read as one
   number with it ("category 3115/3/15").
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _unread(answer) -> list[str]:
    return [m for m in answer.missing if m.startswith("unread:")]


def _call(answer, tool: str):
    return next(c for c in answer.tool_calls if c.name == tool)


# ---------------------------------------------------------------- 1. the group a best figure is chosen among


@pytest.mark.parametrize("question", [
    "機構自選片，我們三個放射師裡非緻密型最高的是 362，緻密型最高 348，醫院評幾等？",
    "机构自选片，四位放射师当中非致密最好的是 362，致密最好 348，医院几等？",
    "Facility self-selected: the best non-dense of our 3 RTs is 362, the best dense 348. Facility grade?",
    "Facility self-selected, highest non-dense among the 4 techs 362, highest dense 348 — grade?",
])
def test_the_group_a_best_figure_is_chosen_among_is_no_fact(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.missing
    call = _call(a, "hpa_image_grade")
    assert call.args["scores"] == {"non_dense": 362, "dense": 348}
    assert call.result["grade"] == "B"


@pytest.mark.parametrize(("question", "reply", "score", "grade"), [
    ("機構自選片，三個放射師裡非緻密型最高的是 371，醫院算幾等？", "緻密型最高的是 352", 352, "B"),
    ("机构自选片，我们两位放射师中致密最高 365，医院几等？", "非致密最高 361", 361, "A"),
])
def test_a_reply_completes_a_question_naming_the_group(engine, question, reply, score, grade):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert second.route == "calculator", second.missing
    result = _call(second, "hpa_image_grade").result
    assert (result["score_used"], result["grade"]) == (score, grade)
    assert not _unread(second)


def test_a_count_of_people_with_no_best_figure_is_still_accounted_for(ask):
    # a count said of no best figure is no group: "三個放射師" beside one figure stays a question back (not swallowed)
    a = ask("機構自選片，我們三個放射師，非緻密型 366，醫院算幾等？")
    assert a.route == "clarify"


# ---------------------------------------------------------------- 2. one of a group of cases


@pytest.mark.parametrize("question", [
    "one of the uncompleted is a category 0 screened 2026-09-14 — when is her recall due?",
    "One of the outstanding ones is cat 0, screened 2026-09-14. Recall deadline?",
    "one of our positives is category 0, screened on 2026-09-14; by when must she be recalled?",
])
def test_one_of_a_group_of_cases_is_the_case_asked_about(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.missing
    assert _call(a, "hpa_followup_deadline").result["deadline"] == "2026-11-14"


# ---------------------------------------------------------------- 3. another one, stated like the part before


@pytest.mark.parametrize(("question", "first", "second"), [
    ("乳攝車放射師這個月拍了 556 案，會被抽片嗎？另外一位是 548 案呢", 556, 548),
    ("乳摄车放射师这个月拍了 556 案，会被抽片吗？另一个是 548 案呢？", 556, 548),
    ("Our van tech did 556 this month — spot review? And the other one with 548?", 556, 548),
])
def test_another_one_is_read_in_the_words_of_the_part_before(ask, question, first, second):
    a = ask(question)
    assert a.route == "calculator", a.missing
    assert [c.args["monthly_screenings"] for c in a.tool_calls] == [first, second]
    assert [c.result["van_spot_review"] for c in a.tool_calls] == [True, False]


def test_another_ones_figures_of_each_unit_take_their_place(ask):
    a = ask("RFA 做了 190 例、專科 10 年，消融可以申請嗎？另外一位是 170 例、專科 8 年呢")
    assert a.route == "calculator", a.missing
    assert [(c.args["cases_last_6_years"], c.args["years_as_specialist"]) for c in a.tool_calls] == [(190, 10), (170, 8)]


@pytest.mark.parametrize("question", [
    "TACE 做了 320 例、專科 11 年，可以申請嗎？另外一位是 260 例呢",
    "TACE 320 cases, 11 years as specialist — can I apply? And the other one with 260 cases?",
])
def test_a_figure_another_one_does_not_restate_is_asked_never_carried_or_added(ask, question):
    a = ask(question)
    assert len(a.parts) == 2
    assert a.parts[0].tool_calls[0].args["cases_last_6_years"] == 320
    other = a.parts[1]
    assert other.route == "clarify" and not other.tool_calls
    assert any(m.startswith("years_as_specialist") for m in other.missing)
    assert all(c.args.get("cases_last_6_years") != 580 for c in a.tool_calls)


def test_another_one_with_a_figure_of_another_unit_is_not_read_as_the_part_before(ask):
    a = ask("乳攝車放射師這個月做了 560 案，會被抽片嗎？另一位做了 20 天呢")
    assert a.route != "calculator"
    assert all(c.args.get("monthly_screenings") != 20 for c in a.tool_calls)


# ---------------------------------------------------------------- 4. people named by a nickname


@pytest.mark.parametrize(("question", "months"), [
    ("乳攝車上個月：放射師小美做了 512 案、阿華做了 488 案。各自有沒有超過每月上限？", [512, 488]),
    ("放射師小王這個月拍了 505 案，小李 495 案，兩位各有沒有超過每月上限？", [505, 495]),
])
def test_people_named_by_nickname_are_one_part_each(ask, question, months):
    a = ask(question)
    assert a.route == "calculator", a.missing
    assert len(a.parts) == 2
    assert [p.tool_calls[0].args["monthly_screenings"] for p in a.parts] == months


# ---------------------------------------------------------------- 5. two calculations stated together, one short of a fact


@pytest.mark.parametrize(("question", "missing"), [
    ("機器實測壓迫 76、假體 91；另外判讀醫師複判陽性 53%。請分別告訴我等級跟要做的事", "negative_discrepancy_pct"),
    ("机器实测压迫 76、假体 91；另外判读医师复判阴性 12%。请分别告诉我等级和要做什么", "positive_discrepancy_pct"),
    ("QC: compression 76, phantom 91. Also our reader's positive re-read discrepancy is 53%. Grades and what to do for each?",
     "negative_discrepancy_pct"),
])
def test_the_complete_calculation_is_computed_and_the_other_asks_for_its_fact(ask, question, missing):
    a = ask(question)
    assert a.route == "clarify"
    assert not _unread(a)
    qc, reread = a.parts
    assert qc.route == "calculator" and _call(qc, "hpa_qc_grade").result["worst"] == "C"
    assert reread.route == "clarify" and reread.pending_call.name == "hpa_reread_action"
    assert any(m.startswith(missing) for m in reread.missing)


# ---------------------------------------------------------------- 6. a reply completes the part that asked back


@pytest.mark.parametrize(("question", "reply", "tier"), [
    ("機器實測壓迫 76、假體 91；另外判讀醫師複判陽性 53%。請分別告訴我等級跟要做的事", "陰性 6%", "required"),
    ("QC: compression 76, phantom 91. Also our reader's positive re-read discrepancy is 53%. Grades and what to do for each?",
     "negative 21%", "stop"),
    ("1）技師自選片 非緻密 352 緻密 368 評幾等；2）判讀醫師陰性複判差異 8%，要怎麼辦", "陽性 30%", "recommended"),
])
def test_a_reply_completes_the_part_that_asked_and_keeps_the_others(engine, question, reply, tier):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and len(first.parts) == 2
    assert second.route == "calculator", second.missing
    assert len(second.parts) == 2
    assert second.parts[0].route == "calculator"
    assert _call(second.parts[0], second.parts[0].tool_calls[0].name).args == first.parts[0].tool_calls[0].args
    assert _call(second.parts[1], "hpa_reread_action").result["tier"] == tier


def test_a_reply_completes_a_part_read_as_the_part_before(engine):
    # (another doctor's years are never the first one's: asked, then the reply completes that part)
    first, second = ask_and_reply(engine, "兩題：(1) TACE 共 320 例、專科 12 年，腫瘤栓塞夠嗎 (2) 另一位 RFA 150 例，消融呢",
                                  "專科 9 年")
    assert first.route == "clarify"
    assert second.route == "calculator", second.missing
    ablation = second.parts[1].tool_calls[0]
    assert (ablation.args["domain"], ablation.args["cases_last_6_years"], ablation.args["years_as_specialist"]) == (
        "ablation", 150, 9)
    assert ablation.result["eligible"] is False


def test_a_reply_that_completes_no_part_is_not_taken_as_one(engine):
    first, second = ask_and_reply(engine, "機器實測壓迫 76、假體 91；另外判讀醫師複判陽性 53%。請分別告訴我等級跟要做的事",
                                  "消融指導老師要幾例？")
    assert first.route == "clarify"
    assert not any(c.name == "hpa_reread_action" for c in second.tool_calls)


# ---------------------------------------------------------------- 7. a continued part about the same one


@pytest.mark.parametrize(("question", "years", "cases"), [
    ("兩個問題：(1) TACE 共 310 例、專科 12 年，腫瘤栓塞夠嗎 (2) 同一段時間 RFA 185 例，消融那類呢", 12, 185),
    ("两个问题：(1) TACE 共 310 例、专科 12 年，肿瘤栓塞够吗 (2) RFA 185 例，消融呢", 12, 185),
    ("(1) TACE 310 cases, 12 years as specialist — tumor embolization ok? (2) and RFA 185 for ablation?", 12, 185),
])
def test_a_continued_part_about_the_same_one_keeps_the_part_befores_facts(ask, question, years, cases):
    a = ask(question)
    assert a.route == "calculator", a.missing
    ablation = a.parts[1]
    call = _call(ablation, "tsir_instructor_eligibility")
    assert (call.args["domain"], call.args["cases_last_6_years"], call.args["years_as_specialist"]) == (
        "ablation", cases, years)
    assert call.result["eligible"] is True
    assert ablation.assumptions and "years_as_specialist" in ablation.assumptions[0]


@pytest.mark.parametrize("question", [
    "兩個問題：(1) TACE 共 310 例、專科 12 年，腫瘤栓塞夠嗎 (2) 另一位 RFA 185 例，消融呢",
    "(1) TACE 310 cases, 12 years as specialist — tumor embolization ok? (2) another doctor has RFA 185, ablation?",
])
def test_a_part_about_another_one_never_takes_the_part_befores_facts(ask, question):
    a = ask(question)
    other = a.parts[1]
    assert other.route == "clarify"
    assert any(m.startswith("years_as_specialist") for m in other.missing)


# ---------------------------------------------------------------- 8. the day a part points at, set off from a figure


@pytest.mark.parametrize(("question", "category", "deadline"), [
    ("個案2026/6/10篩檢，category 4，何時前要確診？另外如果是category 3同一天篩的呢", 3, "2026-12-10"),
    ("个案2026/6/10筛检，category 4，何时前要确诊？另外一位是category 0同一天筛的呢", 0, "2026-08-10"),
])
def test_a_day_written_in_after_a_figure_is_set_off_from_it(ask, question, category, deadline):
    a = ask(question)
    assert a.route == "calculator", a.missing
    second = a.parts[1].tool_calls[0]
    assert (second.args["category"], second.args["screening_date"]) == (category, "2026-06-10")
    assert second.result["deadline"] == deadline
