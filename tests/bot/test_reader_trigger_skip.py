"""bot.reader.read skips the binding for a vocabulary whose trigger cannot hold (every trigger clause has a text-only
atom that is false): a rules question no longer pays the whole reader once per calculator. The result is the same as
reading everything: checked here on questions of both kinds, every vocabulary, against the full reading."""

from __future__ import annotations

import importlib

import pytest

from bot.parsing.text import Query
from bot.reader import read, vocabularies
from bot.reader.reading import Reading
from tests.bot.conftest import TODAY

read_module = importlib.import_module("bot.reader.read")  # the module (`bot.reader.read` the attribute is the function)

RULES_QUESTIONS = [
    "乳攝車上的放射師每天可以照幾位受檢者？",  # zh-TW
    "外科医学会的继续教育积分可以跨年度保留吗",  # zh-CN
    "Who signs the instructor application form for the IR society?",  # en
    "國外開會拿到的積分，要附什麼文件才算？",
    "what happens if a facility misses the follow-up review deadline",
    "复评时乳房摄影的影像要交几组？",
]
CALCULATION_QUESTIONS = [
    "今年去了年會兩次、月會四次，我的積分夠不夠？",
    "we screened 2,300 women, 41 flagged positive and 30 of them followed up: what is our deduction?",
    "做過 RFA 三十例、微波消融二十五例，能申請指導醫師嗎",
    "放射师上个月拍了 560 案，上班 20 天，有超量吗",
    "My certificate was issued 2021-03-01; when can I apply to renew?",
]


def _full_read(q: Query, vocab, monkeypatch) -> object:
    with monkeypatch.context() as m:
        m.setattr(read_module, "_may_trigger", lambda r: True)
        return read(q, vocab)


@pytest.mark.parametrize("question", RULES_QUESTIONS + CALCULATION_QUESTIONS)
def test_skipping_a_vocabulary_that_cannot_trigger_reads_the_same(question, monkeypatch) -> None:
    q = Query(question, TODAY)
    for vocab in vocabularies():
        quick = read(q, vocab)
        full = _full_read(Query(question, TODAY), vocab, monkeypatch)
        assert quick == full, (vocab.tool, question)


def test_a_rules_question_skips_most_vocabularies_and_a_calculation_keeps_its_own() -> None:
    skipped_rules = [sum(not read_module._may_trigger(Reading(Query(t, TODAY), v)) for v in vocabularies())
                     for t in RULES_QUESTIONS]
    assert all(n >= len(vocabularies()) // 3 for n in skipped_rules), skipped_rules
    # the vocabulary a calculation question is read by is never skipped
    for text in CALCULATION_QUESTIONS:
        q = Query(text, TODAY)
        found = [v.tool for v in vocabularies() if read(q, v) is not None]
        assert found, text
        assert all(read_module._may_trigger(Reading(q, v)) for v in vocabularies() if v.tool in found)


def test_a_trigger_clause_on_bound_values_alone_is_never_skipped() -> None:
    # "@fact" / "@slot:…" ask what the binding found: such a clause keeps the vocabulary read whatever the text says
    for vocab in vocabularies():
        if any(all(a.lstrip("!").startswith(read_module._BOUND_ATOMS) for a in clause) for clause in vocab.trigger):
            for text in RULES_QUESTIONS:
                assert read_module._may_trigger(Reading(Query(text, TODAY), vocab)), (vocab.tool, text)
