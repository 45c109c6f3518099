"""HPA classes of the twenty-first round (reader, HPA vocabulary) — each tested with wordings of its own (zh-TW, zh-CN,
en), never the bank's sentence. Confidently wrong first: a quantifier over all the field test items ("六項全是 85") was
not read, and only an item named in a bracketed aside was graded."""

from __future__ import annotations

import pytest

_ALL5 = ("dose_hvl_output_aec", "phantom_image", "compression", "field_alignment", "reading_system")
_ALL6 = _ALL5 + ("exposure_index_cr",)


def _calls(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return [(c.name, c.args) for c in a.tool_calls]


# --- 1. one score said of every QC item ("各項都是", "全部", "all six items", "every item") fills every item ----------

@pytest.mark.parametrize(("question", "value", "keys"), [
    ("品管實地測試各項都是 78 分，DR 機，評幾等？", 78, _ALL5),
    ("CR 机台现场测试 6 项全部 90 分（曝露指标也是 90），评等？", 90, _ALL6),
    ("實地測試每一項都是 83 分，機器是 CR 的，評等？", 83, _ALL6),
    ("all six QC field test items came back at 86 on our CR unit — grade?", 86, _ALL6),
    ("Every field test item scored 74 on the DR machine, what grade is that?", 74, _ALL5),
])
def test_a_score_said_of_every_item_fills_every_item(ask, question, value, keys):
    calls = _calls(ask(question))
    assert calls == [("hpa_qc_grade", {"scores": {k: value for k in keys}})] or (
        len(calls) == 1 and calls[0][1]["scores"] == {k: value for k in keys}), calls


@pytest.mark.parametrize(("question", "value", "own"), [
    ("實地測試全部 88 分，只有假體影像 72，評等是？", 88, ("phantom_image", 72)),
    ("all of the QC items were 90 except compression at 71 (DR unit). grade?", 90, ("compression", 71)),
])
def test_an_item_named_on_its_own_keeps_its_own_score(ask, question, value, own):
    calls = _calls(ask(question))
    scores = calls[0][1]["scores"]
    assert scores[own[0]] == own[1] and all(v == value for k, v in scores.items() if k != own[0]), scores
    assert set(scores) == set(_ALL5), scores


def test_the_rest_with_no_item_named_still_fills_nothing(ask):
    # "其他都 90" with nothing named before it is said of no item: no figure of every item
    a = ask("品管實地測試，其他都 90，評等？")
    assert not any(c.name == "hpa_qc_grade" and len(c.args.get("scores", {})) >= 5 for c in a.tool_calls), a.tool_calls
