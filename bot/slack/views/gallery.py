"""Every form and App Home surface rendered from fixed inputs, for docs/slack.md.

`python -m bot.slack.views.gallery` rewrites the generated part of docs/slack.md;
tests/bot/slack/test_gallery.py checks the document is in step with the builders.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.log_summary import OpenHandoff, Recent, Summary, Week
from bot.slack.forms.changes import correction_note, describe_changes
from bot.slack.forms.view import FormContext, form_view, picker_view
from bot.slack.views.home import public_home, staff_home
from calculators.registry import get_tool

DOC = Path(__file__).resolve().parents[3] / "docs" / "slack.md"
BEGIN, END = "<!-- gallery:begin (python -m bot.slack.views.gallery) -->", "<!-- gallery:end -->"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

READING = {"activities": [{"kind": "tsa_annual_meeting", "count": 1, "year": 2026},
                          {"kind": "tsa_monthly_meeting", "count": 4, "year": 2026}]}
CORRECTED = {"activities": [{"kind": "tsa_annual_meeting", "count": 1, "year": 2026},
                            {"kind": "tsa_monthly_meeting", "count": 3, "year": 2026}]}
QUESTION = "今年參加本會年會 1 次、月會 3 次，積分多少？"


def _summary() -> Summary:
    return Summary(
        open_total=2,
        open=[OpenHandoff(inquiry_id=41, question="我去年在金門執業，月會的積分也加倍嗎？", route="retrieval",
                          answer="離島執業者參加本會年會及月會之積分加倍（第五條第十五款）。", asker="U0ASKER01",
                          requested_by="U0ASKER01", requested_at=datetime(2026, 11, 27, 8, 30, tzinfo=UTC),
                          permalink="https://example.slack.com/archives/C0GENERAL/p1764232200000100"),
              OpenHandoff(inquiry_id=44, question="乳攝車上 2 位放射師，一天 85 案可以嗎？", route="calculator",
                          answer="超過上限：乳攝車每日上限為每位放射師 40 案，2 位共 80 案。", asker="U0ASKER02",
                          requested_by="U0ASKER02", requested_at=datetime(2026, 11, 29, 14, 5, tzinfo=UTC),
                          permalink=None)],
        week=Week(questions=86, by_route={"calculator": 31, "retrieval": 38, "clarify": 9, "out_of_scope": 8},
                  helpful=22, not_helpful=4, handoffs=5, corrections=3),
        not_helpful=[Recent(inquiry_id=43, question="內科專科醫師換證要幾分？", at=datetime(2026, 11, 29, 10, 0, tzinfo=UTC),
                            user="U0ASKER03", detail="out_of_scope")],
        corrections=[Recent(inquiry_id=40, question="今年參加本會年會 1 次、月會 3 次，積分多少？",
                            at=datetime(2026, 11, 28, 16, 20, tzinfo=UTC), user="U0ASKER01", detail="tsa_credit_tally")],
    )


def surfaces() -> list[tuple[str, str, Any]]:
    """(title, description, Block Kit JSON) of every surface, in the order a person meets them."""
    tally = get_tool("tsa_credit_tally")
    edit = FormContext(tool=tally.name, lang="zh-TW", origin="edit", inquiry_id=40, channel="C0GENERAL",
                       thread_ts="1764345600.000100")
    clarify_args = {"activities": [{"kind": "tsa_annual_meeting", "count": 1, "year": 2026},
                                   {"kind": "specialty_annual_meeting", "count": 1, "year": 2026}]}
    changes = describe_changes(tally.input_model, READING, CORRECTED, "zh-TW")
    deduction = get_tool("hpa_followup_deduction")
    return [
        ("「修改輸入」表單 · the Edit inputs form",
         "Opened by **✏️ 修改輸入 / Edit inputs** (action `edit_inputs`, value `inquiry_id:call`) on a calculator "
         "answer: the calculator's input model as inputs, pre-filled with the bot's reading (here 月會 4 次, read "
         "from a question that said 3). Lists get one group per item plus a blank one; selects carry the model's "
         "labels; the question is quoted, escaped. `private_metadata` keeps the tool, the answer and the thread.",
         form_view(tally, "zh-TW", READING, edit, question=QUESTION)),
        ("追問的表單 · a clarify answer's form",
         "The same button on a clarify answer: what was read is filled in, the missing fact is marked ❗ and "
         "takes the focus (`focus_on_load`).",
         form_view(tally, "zh-TW", clarify_args, FormContext(tool=tally.name, lang="zh-TW", origin="edit", inquiry_id=45),
                   question="今年參加年會一次、專科醫學會年會一次，積分多少？", missing=["days"])),
        ("欄位錯誤 · field errors",
         "A submission the model refuses is answered in the ack with `response_action: errors`, the message "
         "under the field (here a specialty meeting without its length, and a count over the bound).",
         {"response_action": "errors", "errors": {
             "f:activities.1.days": "Required for specialty_annual_meeting (meeting length in days)",
             "f:activities.0.count": "不得大於 1000"}}),
        ("修正後的回答 · the corrected answer's first lines",
         "Posted in the same thread after a valid submission (then the usual answer blocks and buttons); the "
         "inquiry log keeps the correction (`regbot log export --corrections`).",
         {"type": "section", "text": {"type": "mrkdwn", "text": correction_note(changes, "zh-TW")}}),
        ("計算工具選單 · the calculator picker",
         "`/regbot calc` (`/regbot calc en` for English), the global shortcut **regbot 計算 Calculate** "
         "(`regbot_calc`) or the App Home button: the twelve calculators by the question they answer, grouped by "
         "regulation. Submitting replaces it with the form (`response_action: update`).",
         picker_view("zh-TW", channel="C0GENERAL")),
        ("計算表單 · a calculator form from the picker",
         "Empty, in the chosen language; the answer goes to the person (ephemeral in the channel of the "
         "command, else a direct message).",
         form_view(deduction, "zh-TW", None, FormContext(tool=deduction.name, lang="zh-TW", origin="calc",
                                                         channel="C0GENERAL"))),
        ("App Home：學會人員 · staff",
         "For members of `REGBOT_STAFF_CHANNEL` and the ids in `REGBOT_STAFF_USERS`: open hand-offs oldest "
         "first (at most 15 listed, the rest counted), each with **Resolve** (the staff channel's `resolve` "
         "action) and its thread; the last 7 days; the latest not-helpful answers and corrections. Published on "
         "`app_home_opened` and again when a hand-off is created or resolved.",
         staff_home(_summary(), now=NOW)),
        ("App Home：其他人 · everyone else",
         "What the bot covers, example questions per regulation, and the calculator button.",
         public_home()),
    ]


def compact(view: Any) -> str:
    """Valid JSON with one line per top-level key and one line per block (readable in a document)."""
    if not isinstance(view, dict):
        return json.dumps(view, ensure_ascii=False)
    lines = []
    for key, value in view.items():
        if key == "blocks" and isinstance(value, list):
            blocks = [f"  {json.dumps(b, ensure_ascii=False)}" for b in value]
            lines.append(' "blocks": [\n' + ",\n".join(blocks) + "\n ]")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}"


def render() -> str:
    parts = [BEGIN, ""]
    for title, description, view in surfaces():
        body = compact(view)
        parts += [f"#### {title}", "", description, "", "<details><summary>Block Kit JSON</summary>", "",
                  "```json", body, "```", "", "</details>", ""]
    parts.append(END)
    return "\n".join(parts)


def updated(doc: str) -> str:
    """The document with its generated part replaced (appended when absent)."""
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if pattern.search(doc):
        return pattern.sub(lambda _: render(), doc)
    return doc.rstrip("\n") + "\n\n" + render() + "\n"


if __name__ == "__main__":
    DOC.write_text(updated(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    sys.stdout.write(f"wrote {DOC}\n")
