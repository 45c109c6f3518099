"""Classes of the seventh blind round where a number of the question was bound to the wrong fact, or a number that is
no fact blocked the calculation — each tested with wording of its own (zh-TW, zh-CN, en): a head count of the one
person a question is about, a total split by author role, idioms and qualifiers with a numeral in them, the rule's
own figure restated, a total stated beside its items, "N of M", yearly lists with a note, days in brackets per item."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


def _args(a):
    assert a.route == "calculator", (a.route, a.missing, a.answer[:200])
    return a.tool_calls[0].args


# --- 1. the one member of staff a question is about is no count ---------------------------------------------------

@pytest.mark.parametrize(("question", "count"), [
    ("我們那一個技術員上個月拍了 530 個，超過上限了嗎？", 530),
    ("我们医院就一个技术员，这个月拍了 505 例，超了吗", 505),
    ("只有一名放射師，她這個月拍了 470 案，超過上限了嗎", 470),
])
def test_one_staff_member_named_with_a_classifier_is_who_not_how_many(engine, question, count):
    a = _ask(engine, question)
    assert len(a.tool_calls) == 1
    assert _args(a) == {"monthly_screenings": count}


@pytest.mark.parametrize("question", [
    "機構自選片，我們就一個放射師：非緻密 340 緻密 355，機構幾等？",
    "机构自选片，只有一位放射师：非致密 330、致密 350，机构几等？",
])
def test_one_staff_member_before_the_scores_is_no_unread_number(engine, question):
    a = _ask(engine, question)
    assert set(_args(a)["scores"].values()) >= {340, 355} or set(_args(a)["scores"].values()) >= {330, 350}



def test_one_staff_member_on_the_van_is_still_the_head_count(engine):
    a = _ask(engine, "乳攝車今天拍了 45 案，車上一個技術員，有超過嗎")
    assert _args(a) == {"daily_screenings_on_van": 45, "radiographers_on_van": 1}


# --- 2. a total split by author role binds the split, and another author's paper is set aside --------------------

@pytest.mark.parametrize("question", [
    "SCI 我有兩篇，一篇通訊、一篇我是第二作者。專科 9 年，TACE 近六年 80 例，差幾例？",
    "SCI 论文两篇：一篇第一作者，一篇我是第四作者。专科 8 年，肝肿瘤栓塞近六年 80 例，还差多少？",
])
def test_a_paper_said_to_be_another_authors_is_not_added_to_the_first_authors(engine, question):
    a = _ask(engine, question)
    args = _args(a)
    assert args["sci_first_or_corresponding"] == 1
    assert a.unused  # the other author's paper, said so
