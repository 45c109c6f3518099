"""Twenty-sixth round, replies to questions back (SPEC §3 clarify) and multi-part messages.

Classes (each tested with phrasings invented here, not the bank's):
1. How many people (sets) a figure is the best of ("我們三個放射師裡最高的是 366", "the best non-dense of our 3 RTs") is the
   group it is chosen among, no fact: never left unread — neither in the question nor once a reply completes it.
2. "One of the uncompleted / outstanding ones / our positives" is the one case a question is about, no count.
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
