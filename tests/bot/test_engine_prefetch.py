"""The engine starts a rules question's query embedding before reading it, and only for a question without figures."""

from __future__ import annotations

from tests.bot.conftest import TODAY


def test_a_rules_question_is_prefetched_and_a_calculation_is_not(engine, monkeypatch) -> None:
    engine.answer("乳攝車每名放射師一天最多可以拍幾案？", today=TODAY)  # the retriever is open from here on
    started: list[str] = []
    real = engine.retriever.prefetch
    monkeypatch.setattr(engine.retriever, "prefetch", lambda text: started.append(text) or real(text))
    rules = engine.answer("講習會積分是誰去申請？", today=TODAY)
    assert rules.route == "retrieval" and len(started) == 1 and started[0].startswith("講習會積分是誰去申請")
    started.clear()
    calc = engine.answer("今年本會年會去了 2 次，院外研討會 3 場各 2 小時，積分多少？", today=TODAY)
    assert calc.route == "calculator" and started == []


def test_the_prefetched_answer_is_the_answer_without_it(engine, monkeypatch) -> None:
    question = "How many screenings can one radiographer do per day on the mammography van?"
    engine.answer(question, today=TODAY)
    with_prefetch = engine.answer(question, today=TODAY)
    monkeypatch.setattr(engine.retriever, "prefetch", lambda text: None)
    import knowledge.embeddings as embeddings

    embeddings._recent.clear()
    without = engine.answer(question, today=TODAY)
    assert [c.id for c in with_prefetch.citations] == [c.id for c in without.citations]
    assert with_prefetch.answer == without.answer
