"""The engine starts a question's query embedding before reading it (a question with figures, which may be a
calculation, once it reads as none), and answers exactly as it would without; a message of several rules questions in a
row is searched once, whole."""

from __future__ import annotations

import threading

import knowledge.embeddings as embeddings
from tests.bot.conftest import TODAY


def _recording(engine, monkeypatch, name: str) -> list[str]:
    """The texts the retriever's `name` method is called with from now on (the real method still runs)."""
    seen: list[str] = []
    real = getattr(engine.retriever, name)
    monkeypatch.setattr(engine.retriever, name, lambda text, *a, **k: seen.append(text) or real(text, *a, **k))
    return seen


def _without_prefetch(engine, monkeypatch, question: str):
    """The answer with no prefetch and no remembered vectors: every vector encoded where it is needed."""
    with monkeypatch.context() as m:
        m.setattr(engine.retriever, "prefetch", lambda text, *also: None)
        embeddings._recent.clear()
        return engine.answer(question, today=TODAY)


def _encoding_threads(monkeypatch) -> dict[str, str]:
    """text -> the thread that encodes it, for every query text encoded from now on (the real encoder still runs)."""
    threads: dict[str, str] = {}
    real_remember = embeddings._remember

    def remember(text: str, *started):
        threads[text] = threading.current_thread().name
        return real_remember(text, *started)

    monkeypatch.setattr(embeddings, "_remember", remember)
    return threads


def test_a_rules_question_is_prefetched_and_a_calculation_is_not(engine, monkeypatch) -> None:
    engine.answer("乳攝車每名放射師一天最多可以拍幾案？", today=TODAY)  # the retriever is open from here on
    started = _recording(engine, monkeypatch, "prefetch")
    rules = engine.answer("講習會積分是誰去申請？", today=TODAY)
    assert rules.route == "retrieval" and len(started) == 1 and started[0].startswith("講習會積分是誰去申請")
    started.clear()
    calc = engine.answer("今年本會年會去了 2 次，院外研討會 3 場各 2 小時，積分多少？", today=TODAY)
    assert calc.route == "calculator" and started == []


def test_a_rules_question_with_figures_is_encoded_ahead_once_it_reads_as_no_calculation(engine, monkeypatch) -> None:
    # figures of one's own may make a calculation (never searched: no encode); read as none, the question's encode runs
    # while the rest of it is read — on a pool thread, not on the answering thread after it
    engine.answer("乳攝車每名放射師一天最多可以拍幾案？", today=TODAY)
    for question in ("we ran 2 mammo vans last year; does each van need its own QC test report?",
                     "我們有 3 台乳攝車，每台都要各自做品管測試報告嗎？"):
        embeddings._recent.clear()
        threads = _encoding_threads(monkeypatch)
        answer = engine.answer(question, today=TODAY)
        assert answer.route == "retrieval", question
        assert threads and all(name.startswith("regbot-embed") for name in threads.values()), (question, threads)
        monkeypatch.undo()


def test_a_hinted_question_with_figures_encodes_its_scope_text_beside_the_retrievers(engine, monkeypatch) -> None:
    # a hint word sends it to the scope check's encoder, then it is searched: both texts start together once it reads
    # as no calculation (before, the scope check's encode ran on the answering thread, then the retriever's after it)
    from bot.scope_model import has_hint

    question = "doing a 3 month fellowship in Japan next yr. what's the monthly credit for it?"
    assert has_hint(question.lower())
    engine.answer("乳攝車每名放射師一天最多可以拍幾案？", today=TODAY)
    embeddings._recent.clear()
    threads = _encoding_threads(monkeypatch)
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "retrieval"
    assert len(threads) == 2 and all(name.startswith("regbot-embed") for name in threads.values()), threads


def test_a_question_the_cue_lists_send_out_of_scope_starts_no_encode(engine, monkeypatch) -> None:
    # another body's rules asked in plain words: answered out of scope before any encode (an unused one would keep the
    # encoder busy for the next question); a question naming a clause of ours beside such a word is still prefetched
    engine.answer("乳攝車每名放射師一天最多可以拍幾案？", today=TODAY)  # the retriever is open from here on
    started = _recording(engine, monkeypatch, "prefetch")
    for question in ("心臟學會的專科醫師積分要怎麼申請？", "How do I renew my ACLS instructor card with the heart association?",
                     "今天天氣如何？"):
        assert engine.answer(question, today=TODAY).route == "out_of_scope", question
    assert started == []
    ours = engine.answer("心臟學會的研討會可以用第五條第十三款申請積分嗎？", today=TODAY)
    assert ours.route == "retrieval" and len(started) == 1


def test_the_prefetched_answer_is_the_answer_without_it(engine, monkeypatch) -> None:
    for question in ("How many screenings can one radiographer do per day on the mammography van?",
                     "our van did 95 screenings on one day with two techs - what's the daily cap per tech?",
                     "今年本會年會去了 2 次，院外研討會 3 場各 2 小時，積分多少？",
                     "organising a regional trauma symposium next spring, not a society event: how early must we apply?"):
        engine.answer(question, today=TODAY)
        with_prefetch = engine.answer(question, today=TODAY)
        without = _without_prefetch(engine, monkeypatch, question)
        assert with_prefetch.model_dump(exclude={"latency_ms"}) == without.model_dump(exclude={"latency_ms"}), question


def test_rules_questions_in_a_row_are_searched_once_whole(engine, monkeypatch) -> None:
    # every part asks what a rule says: the message is answered whole — encoded and searched once as a whole, and
    # searched once more per ask (with the message's vector) only for the first line's own parts (bot/rules_asks.py: each ask answered from its own clause), never per part
    # route by route (whose searches would be thrown away)
    import bot.engine as engine_module
    from bot.rules_asks import separate_asks

    for question in ("指導老師證書的效期是幾年？到期前多久要送換證？要附哪些文件？",
                     "外科專科醫師換證要多少積分？誰審核？"):
        embeddings._recent.clear()
        encoded = _encoding_threads(monkeypatch)
        searched = _recording(engine, monkeypatch, "search")
        whole = engine.answer(question, today=TODAY)
        asks = len(separate_asks(question))
        assert whole.route == "retrieval" and not whole.parts and 1 <= len(searched) <= 1 + 2 * asks, (question, searched)
        # … and encoded once: an ask's own search ranks its words with the whole message's vector (`dense_of`)
        assert len(searched) > 1 and len(encoded) == 1, (question, list(encoded))
        monkeypatch.undo()
        # the same answer as when each part is searched first (the parts may calculate: `_may_calculate`)
        monkeypatch.setattr(engine_module, "_may_calculate", lambda part, today: True)
        searched = _recording(engine, monkeypatch, "search")
        parts_first = engine.answer(question, today=TODAY)
        assert len(searched) > 1, question  # the message does split into parts
        assert parts_first.model_dump(exclude={"latency_ms"}) == whole.model_dump(exclude={"latency_ms"}), question
        monkeypatch.undo()


def test_a_calculation_beside_a_rules_question_still_answers_both_parts(engine) -> None:
    answer = engine.answer("今年年會去了 2 次、月會 3 次，積分多少？另外國外會議的積分要附什麼證明？", today=TODAY)
    routes = [p.route for p in answer.parts]
    assert "calculator" in routes and "retrieval" in routes, routes
