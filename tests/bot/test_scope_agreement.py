"""Scope (SPEC §3): a question of ours in its own words, where the three retrievers agree on the best clause
and it shares content words with that clause, is answered from the clauses; an office question that only
shares form words (申請, 醫院) stays out of scope."""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import assess
from tests.bot.conftest import TODAY

CLAUSE = "論文申請積分時，應檢附論文影本，並於影本上圈選作者姓名及註明期刊名稱。"


def test_agreeing_retrievers_and_shared_content_words_are_in_scope():
    q = Query("论文送审时影本上面要圈什么？", TODAY)
    assert assess(q, [CLAUSE], ["lexical", "dense", "ask"]).in_scope
    assert not assess(q, [CLAUSE], ["dense"]).in_scope  # a dense match alone is what any sentence gets


def test_agreeing_retrievers_without_shared_content_words_are_not():
    q = Query("醫院停車證怎麼申請？", TODAY)
    assert not assess(q, [CLAUSE], ["lexical", "dense", "ask"]).in_scope


@pytest.mark.parametrize("question", ["论文送审时复印本上面要标注什么？"])
def test_a_paperwork_question_of_ours_is_answered_from_the_clauses(engine, question):
    assert engine.answer(question, today=TODAY).route == "retrieval"


@pytest.mark.parametrize("question", ["醫院停車證怎麼申請？", "出國開會的機票可以報公費嗎？",
                                      "How do I apply for a parking permit at the hospital?"])
def test_office_questions_stay_out_of_scope(engine, question):
    assert engine.answer(question, today=TODAY).route == "out_of_scope"
