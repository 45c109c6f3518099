"""Block Kit builders: snapshots of a calculator and a retrieval answer, and Slack's limits."""

from __future__ import annotations

import json

import pytest

from bot.answer import Citation
from bot.slack.views.answer import answer_messages, answer_text, apology_message, calculation_steps
from bot.slack.views.common import BLOCKS_PER_MESSAGE, SECTION_TEXT_MAX, escape, split_text
from bot.slack.views.handoff import HandoffCard, staff_message
from bot.slack.views.help import help_message, suggested_prompts
from tests.bot.slack.fakes import calculator_answer, clarify_answer, out_of_scope_answer, retrieval_answer


def _texts(blocks: list[dict]) -> list[str]:
    out = []
    for block in blocks:
        if "text" in block:
            out.append(block["text"]["text"])
        for element in block.get("elements", []):
            text = element.get("text")
            out.append(text["text"] if isinstance(text, dict) else text)
    return out


# Snapshots of what the real engine answers (deterministic with `today` fixed), so the
# pinned Block Kit carries real labels and verbatim quotes.
def test_calculator_answer_blocks(ask, snapshot):
    answer = ask("今年參加本會年會1次、月會3次，其中1次擔任講者，另外在澎湖執業，積分多少？")
    assert answer.route == "calculator"
    messages = answer_messages(answer, inquiry_id=7)
    assert [m.model_dump() for m in messages] == snapshot


def test_retrieval_answer_blocks(ask, snapshot):
    answer = ask("乳攝車每名放射師一天最多可以拍幾案？")
    assert answer.route == "retrieval"
    messages = answer_messages(answer, inquiry_id=8)
    assert [m.model_dump() for m in messages] == snapshot


def test_answer_shows_steps_assumptions_numbered_citations_and_buttons():
    [message] = answer_messages(calculator_answer(), inquiry_id=7)
    texts = "\n".join(_texts(message.blocks))
    assert "1. 年會 1 次 × 60 分 = 60 分" in texts and "3. 合計 60 + 60 = 120 分" in texts
    assert "未註明年度的活動歸於同一年度" in texts
    assert "*[1]* 台灣外科醫學會繼續教育積分認定辦法 第五條第一款" in texts and "`tsa-cme/5.2`" in texts
    actions = message.blocks[-1]
    assert actions["type"] == "actions"
    assert [e["action_id"] for e in actions["elements"]] == [
        "feedback_helpful", "feedback_not_helpful", "handoff", "edit_inputs"]
    assert {e["value"] for e in actions["elements"][:3]} == {"7"}
    assert actions["elements"][3]["value"] == "7:0"  # the reading of the first calculator call
    assert message.text.startswith("您今年共可認定")


def test_answer_section_leaves_out_what_the_blocks_show_once():
    blocks = answer_messages(calculator_answer(), inquiry_id=7)[0].blocks
    body = "\n".join(_texts(blocks))
    assert body.count("計算步驟") == 1 and body.count("年會 1 次 × 60 分 = 60 分") == 1
    assert body.count("未註明年度的活動歸於同一年度") == 1
    assert body.count("參加本會年會,每次積分 60 分") == 1  # the corpus's own punctuation
    assert "依據：" not in body and "於月會擔任演講者" in body
    assert answer_text(calculator_answer()) == "您今年共可認定 120 學分。"
    # a quote with a blank line inside is still only a citation
    answer = calculator_answer()
    split = answer.model_copy(update={"answer": answer.answer.replace("於月會擔任演講者", "\n\n於月會擔任演講者")})
    assert "\n\n於月會擔任演講者" in split.answer
    assert answer_text(split) == "您今年共可認定 120 學分。"


def test_retrieval_answer_keeps_its_lead_and_shows_the_clauses_as_citations():
    assert answer_text(retrieval_answer()) == "The rules that answer this (most relevant first; quoted in the original Chinese):"
    body = "\n".join(_texts(answer_messages(retrieval_answer(), 1)[0].blocks))
    assert body.count("上限為 500 案") == 1


def test_free_text_and_uncited_answers_are_kept_whole():
    free = retrieval_answer().model_copy(update={"answer": "Monthly cap: 500.\n\nSources:\nsee below", "citations": []})
    assert answer_text(free) == free.answer
    clarify = clarify_answer()
    assert answer_text(clarify).startswith("要計算外科專科醫師證書能否展延") and "請直接回覆" in answer_text(clarify)
    assert "yearly_credits" not in json.dumps(answer_messages(clarify, 1)[0].blocks, ensure_ascii=False)


def test_steps_fall_back_to_tool_breakdown_rows_in_the_answer_language():
    answer = calculator_answer().model_copy(update={"steps": []})
    assert calculation_steps(answer) == ["年會 1 次 × 60 分 = 60 分", "月會 3 次 × 20 分 = 60 分"]
    english = answer.model_copy(update={"lang": "en"})
    assert calculation_steps(english) == ["Annual meeting 1 × 60 = 60", "Monthly meeting 3 × 20 = 60"]


def test_quotes_are_escaped_and_shortened():
    angled = Citation(id="hpa-mammo/1.1.2", label="x", quote="篩檢量可至本署系統 <例> 查詢")
    [message] = answer_messages(retrieval_answer().model_copy(update={"citations": [angled]}), inquiry_id=1)
    texts = "\n".join(_texts(message.blocks))
    assert "&lt;例&gt;" in texts and "<例>" not in texts
    long = retrieval_answer().model_copy(
        update={"citations": [Citation(id="hpa-mammo/2.5", label="x", quote="很長的條文" * 200)]}
    )
    [message] = answer_messages(long, inquiry_id=1)
    quote = next(t for t in _texts(message.blocks) if "hpa-mammo/2.5" in t)
    assert len(quote) < 400 and quote.endswith("…")


def test_uncited_answer_warns_but_out_of_scope_does_not():
    uncited = retrieval_answer().model_copy(update={"citations": []})
    assert any(":warning:" in t for t in _texts(answer_messages(uncited, 1)[0].blocks))
    assert not any(":warning:" in t for t in _texts(answer_messages(out_of_scope_answer(), 1)[0].blocks))


@pytest.mark.parametrize("length", [SECTION_TEXT_MAX - 1, SECTION_TEXT_MAX, SECTION_TEXT_MAX + 1, 10 * SECTION_TEXT_MAX + 17])
def test_split_text_keeps_every_piece_within_the_section_limit(length):
    text = "\n".join("第五條第十二款 " * 5 for _ in range(length // 40 + 1))[:length]
    pieces = split_text(text)
    assert all(0 < len(p) <= SECTION_TEXT_MAX for p in pieces)
    assert "".join(p.replace("\n", "") for p in pieces) == text.replace("\n", "")


def test_one_unbroken_line_longer_than_a_section_is_cut_hard():
    pieces = split_text("x" * (2 * SECTION_TEXT_MAX + 5))
    assert [len(p) for p in pieces] == [SECTION_TEXT_MAX, SECTION_TEXT_MAX, 5]


def test_long_answer_is_split_into_several_messages_within_limits():
    steps = [f"第 {i} 步：" + "計算" * 200 for i in range(120)]
    citations = [Citation(id=f"tsa-cme/5.{i}", label=f"第五條第{i}款", quote="條文") for i in range(1, 31)]
    answer = calculator_answer().model_copy(update={"answer": "答" * 7000, "steps": steps, "citations": citations})
    messages = answer_messages(answer, inquiry_id=3)
    assert len(messages) >= 2
    for message in messages:
        assert len(message.blocks) <= BLOCKS_PER_MESSAGE
        for block in message.blocks:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= SECTION_TEXT_MAX
        assert message.text
    # the buttons come once, at the very end
    kinds = [b["type"] for m in messages for b in m.blocks]
    assert kinds.count("actions") == 1 and messages[-1].blocks[-1]["type"] == "actions"
    # nothing lost: every step is somewhere
    body = "\n".join(t for m in messages for t in _texts(m.blocks))
    assert all(f"第 {i} 步" in body for i in range(120))
    assert json.dumps([m.model_dump() for m in messages])  # serialisable


def test_apology_has_no_error_text_and_offers_the_staff():
    message = apology_message("en", inquiry_id=5)
    assert "Sorry" in message.text and "Traceback" not in json.dumps(message.blocks)
    assert message.blocks[-1]["elements"][0]["action_id"] == "handoff"


def test_escape():
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"


def test_help_and_prompts():
    help_ = help_message()
    assert "/regbot" in json.dumps(help_.blocks, ensure_ascii=False)
    prompts = suggested_prompts()
    assert 1 <= len(prompts) <= 4 and all(p["title"] and p["message"] for p in prompts)


def test_staff_card_open_then_resolved():
    card = HandoffCard(inquiry_id=4, question="我可以換證嗎？", answer=calculator_answer(), asker="UASK",
                       channel_id="CGEN", requested_by="UASK", permalink="https://x.slack.com/archives/CGEN/p1")
    open_ = staff_message(card)
    dumped = json.dumps(open_.blocks, ensure_ascii=False)
    assert "我可以換證嗎" in dumped and "tsa-cme/5.1" in dumped and "https://x.slack.com/archives/CGEN/p1" in dumped
    assert open_.blocks[-1]["elements"][0]["action_id"] == "resolve"
    done = staff_message(card.model_copy(update={"resolved_by": "USTAFF"}))
    assert all(b["type"] != "actions" for b in done.blocks)
    assert "<@USTAFF>" in json.dumps(done.blocks)


@pytest.mark.parametrize(
    ("raw", "question"),
    [
        ("<@UREGBOT01> 年會幾分？", "年會幾分？"),
        ("<@UREGBOT01|regbot>   score &gt; 360 &amp; &lt; 380?", "score > 360 & < 380?"),
        ("<!here> <@UREGBOT01> see <https://example.com/a|this rule> in <#C0123|staff>", "see this rule in #staff"),
        ("<https://example.com/b>", "https://example.com/b"),
        ("<@UREGBOT01>", ""),
    ],
)
def test_question_text_is_what_the_user_typed(raw, question):
    from bot.slack.answering import clean_question

    assert clean_question(raw) == question
