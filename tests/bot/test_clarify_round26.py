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
