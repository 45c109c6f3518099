"""Round 46 scope classes (SPEC §3), phrasings of our own (the development questions that found them are in
evals/blind/calc_bank46.yaml, evals/cases/rules_blind46.yaml and the round-45 spent banks):

1. Neighbours answered with our rules, refused now:
   a. the board exam said short (考外專) or its written / oral part's date, format or stations asked with a word between
      ("筆試大概幾月", "口試是幾站");
   b. another breast modality's screening likened to the mammography van without 一樣 ("像乳攝車那種", "比照乳攝車");
   c. the radiology board's certificate renewed, our instructor set apart by its other title ("（不是指導醫師）");
   d. the lung programme's low-dose CT with the cancer or a Latin test name between ("低劑量肺癌 CT 篩查");
   e. a procedure device's technical settings (power in watts, ablation minutes, generator / probe parameters).
2. In scope, refused before:
   a. the follow-up's BI-RADS categories said in Chinese ("0類"), recall said 複查, QC said 質控, a grade in 級 / 等, a late
      application ("apply late", "逾期申請");
   b. "沒有美國 FDA 的核可": our rule's own condition (二(二)2(2)), 的 between the words;
   c. a training or exam named only in the sentence of context before an ask about ours (`context_only`);
   d. a class of surgical subspecialty societies ("其他外科次專科學會的年會"): our 第五條第十款 — their own rules asked stay out.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import IN_SCOPE, context_only, neighbour_kind, out_of_scope_marker


def _kind(text: str) -> str | None:
    return neighbour_kind(Query(text), topic=False)


OUT = [
    ("明年要考外專，口試大概考幾站？", "exam"),
    ("外科專科筆試通常幾月舉行", "exam"),
    ("外专笔试大概几月考", "exam"),
    ("乳房超音波篩檢有沒有像乳攝車那種每人每天上限？", "other_screening"),
    ("乳腺超声筛查有没有比照乳摄车的每人上限", "other_screening"),
    ("放射科專科醫師（不是指導醫師）展延要幾分", "other_certificate"),
    ("放射线专科医师（不是指导医师）换证要几分", "other_certificate"),
    ("低劑量肺癌 CT 篩檢的陽性個案追蹤有期限嗎", "other_screening"),
    ("低剂量胸腔CT筛查追踪完成率不够会扣补助吗", "other_screening"),
    ("RFA 電燒肝癌要開幾瓦", "clinical"),
    ("what wattage should the microwave generator be set to for a 3 cm lesion?", "clinical"),
    ("冷凍消融的探針參數要怎麼設定", "clinical"),
    ("射頻消融一個 2 公分的病灶建議燒幾分鐘", "clinical"),
    ("其他外科次專科學會自己的積分怎麼算", "other_society"),
    ("住院醫師訓練計畫要幾年？", "training"),
    ("我是指導老師，住院醫師訓練期間要輪哪些科？", "training"),
]


@pytest.mark.parametrize(("question", "kind"), OUT)
def test_neighbours_are_refused(question: str, kind: str) -> None:
    assert _kind(question) == kind


OURS = [
    "0类的个案要在多久内做完复查？",
    "第3類的個案幾個月內要複查完？",
    "现场质控有两项评了C级怎么办",
    "我們那台數位乳攝沒有美國FDA的核可，QA要照什麼標準做？",
    "乳攝機沒有 FDA 的核准，品保要照哪個標準",
    "幫科裡準備住院醫師訓練計畫的簡報，順便問：指導老師認證辦法的宗旨是什麼？",
    "去年去了一個其他外科次專科學會的年會，可以算幾分？",
    "指導醫師換證要多少放射線專科醫師教育積分",
    "RFA 做了 70 例，微波 90 例，可以申請消融指導老師嗎",
    "外科專科醫師考試過了之後，第一次換證要幾分",
    # the bare 學會 with 自己 is ours (only a class of others is theirs)
    "外科繼續教育包含哪些課？只有學會自己辦的嗎，還是教學醫院辦的也算",
]


@pytest.mark.parametrize("question", OURS)
def test_ours_are_not_refused(question: str) -> None:
    assert _kind(question) is None


@pytest.mark.parametrize("question", [
    "0类的个案要在多久内做完复查啊？我们这边病人老是拖",
    "现场质控有一项评了C级，我们这边需要做什么整改？",
    "hey we forgot to file and the course starts in 2 weeks. if we apply late does the society still process it?",
    "研討會下週舉辦，現在逾期申請積分還會受理嗎",
    "how far in advance must a hospital apply for its course to be accredited?",
])
def test_our_vocabulary_is_recognised(question: str) -> None:
    assert IN_SCOPE.search(Query(question).cues)


@pytest.mark.parametrize("question", ["今天天氣如何", "第一類的人", "B超是什麼"])
def test_vocabulary_near_misses(question: str) -> None:
    """A bare 類 with no category number, a Latin letter glued to 超 — none is our vocabulary."""
    assert not IN_SCOPE.search(Query(question).cues)


def test_fda_named_as_our_condition_only() -> None:
    assert out_of_scope_marker(Query("我們那台乳攝沒有美國FDA的核可")) is None
    assert out_of_scope_marker(Query("FDA 對乳攝機的 MQSA 規定是什麼")) == "other_regulation"


@pytest.mark.parametrize(("text", "expected"), [
    ("在寫 fellow 訓練計畫書的背景,想引用一下:介入放射線學會當初訂這個指導老師認證,目的是什麼?", True),
    ("我在整理 fellow 訓練的資料。想確認一下,指導老師證書效期幾年?", True),
    # a question asked before the last sentence is an ask of its own, not context
    ("住院醫師訓練要幾年?另外:指導老師證書效期幾年?", False),
    # the last sentence asks the training itself
    ("我是指導老師:住院醫師訓練期間要輪哪些科?", False),
    # no sentence of context
    ("指導老師要帶住院醫師訓練幾年?", False),
])
def test_context_only(text: str, expected: bool) -> None:
    assert context_only(text) is expected


def test_other_surgical_subspecialty_meeting_is_read() -> None:
    import re

    from calculators.vocab_tsa import ACTIVITY_KINDS

    patterns = [p for k, p in ACTIVITY_KINDS if k == "other_surgical_society_meeting"]

    def read(text: str) -> bool:
        return any(re.search(p, text, re.I) for p in patterns)

    assert read("還有一個其他外科次專科學會的年會")
    assert read("其他外科相關醫學會")
    assert not read("外科醫學會年會")


def test_late_application_terms() -> None:
    from knowledge.lexical import expand_query

    assert "不受理" in expand_query("if we apply late does the society still process it?")
    assert "課程" in expand_query("the course starts in 2 weeks")
    assert "不受理" not in expand_query("how late is the annual meeting?")
