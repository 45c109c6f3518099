"""An English question of ours in its own words: when the lexical, dense and asks retrievers agree on the best clause and
three of the question's content words are in that clause's English gist, it is in scope — even when chatty filler keeps
the words' share of the question under the 0.4 the other English checks ask for (a rules-gist rewording of an unrelated
third hit once sent "…how old it is, when we plan to scrap it…" out of scope)."""

import pytest

from bot.parsing.text import Query
from bot.scope import assess, english_coverage
from knowledge.corpus import load_corpus
from tests.bot.conftest import TODAY

AGREED = ["lexical", "dense", "ask"]


@pytest.fixture(scope="module")
def scope_texts():
    corpus = load_corpus()

    def text(cid: str) -> str:
        c = corpus.get(cid)
        return "\n".join(x for x in (corpus.full_text(cid), c.gist_zh, c.gist_en) if x)

    # the machine-history clause first, then two clauses that share none of its subject
    return [text("hpa-mammo/1.2.2.2"), text("tsa-cme/5.4"), text("tsir-instructor/1.1")]


QUESTIONS = [
    "what docs about the unit's history do we have to hand in? like how old it is, when we plan to scrap it, and whether it's been moved around",
    "honestly no clue here, but does anybody want the unit's history written up, its scrapping date and every time it was moved around?",
    "quick one before friday: the unit's history, when it gets scrapped, all of that written down somewhere for those folks or not?",
    "our boss keeps asking whether that old unit's history and the scrap plans must go into some file for the folks checking",
    "sorry for the long message, is there anything we owe them about the old unit, like its whole history or when we scrap it?",
    "hey team, remind me: that dusty unit, its history, the day it gets scrapped, anything written expected from us this round?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_agreed_best_clause_with_three_gist_words_is_in_scope(scope_texts, question):
    found, share = english_coverage(question, scope_texts)
    assert found >= 3 and share < 0.4  # the share checks alone would not keep it
    verdict = assess(Query(question, TODAY), scope_texts, AGREED)
    assert verdict.in_scope and verdict.reason == "agreement", verdict


@pytest.mark.parametrize("question", QUESTIONS)
def test_without_the_retrievers_agreeing_three_gist_words_are_not_enough(scope_texts, question):
    assert not assess(Query(question, TODAY), scope_texts, ["dense"]).in_scope
