"""Forms built from the calculators' input models: every calculator's form round-trips, errors land
on their fields, a correction reaches the thread, the log and the eval export, `/regbot calc` works
from the picker to the answer — all through a real Bolt app with signed requests."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal
from urllib.parse import urlencode

import pytest
import yaml
from pydantic import Field
from typer.testing import CliRunner

from bot.cli import app as cli_app
from bot.engine import Engine
from bot.settings import get_settings
from bot.slack.forms.fields import form_tree, leaves
from bot.slack.forms.submit import read_submission
from bot.slack.forms.view import FormContext, form_view, picker_view
from calculators import registry
from calculators.common import CalcInput, CalcResult
from calculators.labels import titled, ui
from calculators.registry import TOOLS, ToolSpec, get_tool
from evals.schema import load_cases, load_file
from knowledge.corpus import load_corpus
from tests.bot.slack.conftest import ASKER, CHANNEL, make_harness, mention
from tests.bot.slack.fakes import FakeEngine
from tests.bot.slack.forms_payloads import state_of, view_submission
from tests.bot.slack.limits import check_view

# One rich reading per calculator: lists of several items, optional fields given, dates, enums, bools.
SAMPLES: dict[str, dict[str, Any]] = {
    "tsa_credit_tally": {"offshore_island": True, "activities": [
        {"kind": "tsa_annual_meeting", "count": 1, "year": 2025},
        {"kind": "tsa_monthly_meeting", "count": 4, "year": 2025},
        {"kind": "specialty_annual_meeting", "count": 1, "days": 2, "year": 2025},
        {"kind": "domestic_seminar", "count": 3, "hours": 2.5},
        {"kind": "paper_sci", "count": 1, "role": "second", "case_report": True},
        {"kind": "training_abroad", "months": 1.5}]},
    "tsa_renewal_check": {"yearly_credits": [120, 100, 0, 150, 130.5, 140], "overseas_mission_months": 6},
    "tsir_instructor_eligibility": {"domain": "ablation", "cases_last_6_years": 170, "years_as_specialist": 8.5,
                                    "lectures_in_domain": 2, "sci_first_or_corresponding": 1},
    "tsir_renewal_check": {"activities": [{"kind": "sci_full_article", "count": 2, "role": "first"},
                                          {"kind": "lecturer_or_moderator", "scope": "international"},
                                          {"kind": "international_meeting_attendance", "count": 3}],
                           "cme_points": 40, "birth_date": "1965-02-28", "application_date": "2026-03-01"},
    "renewal_window": {"doc": "tsa-cme", "issue_date": "2020-08-31"},
    "hpa_image_grade": {"subject": "facility", "kind": "self_selected",
                        "scores": {"non_dense": [350, 362, 341], "dense": [339.5, 355]}},
    "hpa_qc_grade": {"scores": {"dose_hvl_output_aec": 90, "phantom_image": 76.5, "compression": 85,
                                "field_alignment": 69}, "human_factor": False},
    "hpa_reread_action": {"positive_discrepancy_pct": 55, "negative_discrepancy_pct": 15, "previously_required": True},
    "hpa_facility_volume": {"radiographer_work_days": [250, 300, 120.5], "annual_screenings": 9000},
    "hpa_radiographer_volume": {"monthly_screenings": 560, "daily_screenings_on_van": 85, "radiographers_on_van": 2},
    "hpa_followup_deduction": {"suspected_positive_cases": 200, "completed_cases": 139, "annual_subsidy": 2_000_000},
    "hpa_followup_deadline": {"category": 0, "screening_date": "2026-08-31"},
}


def _round_trip(spec: ToolSpec, args: dict[str, Any], lang: str) -> tuple[dict[str, Any], dict[str, Any]]:
    ctx = FormContext(tool=spec.name, lang=lang, origin="edit", inquiry_id=1)
    view = form_view(spec, lang, args, ctx, question="我的問題 <!channel>")
    check_view(view, "modal")
    submitted = read_submission(FormContext.load(view["private_metadata"]), state_of(view))
    assert submitted.errors == {}
    return view, submitted.args


def test_every_calculator_has_a_sample():
    assert set(SAMPLES) == {spec.name for spec in TOOLS}


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
@pytest.mark.parametrize("name", [spec.name for spec in TOOLS])
def test_form_of_every_calculator_round_trips_its_reading(name, lang):
    spec = get_tool(name)
    view, args = _round_trip(spec, SAMPLES[name], lang)
    assert spec.input_model.model_validate(args) == spec.input_model.model_validate(SAMPLES[name])
    labels = [b["label"]["text"] for b in view["blocks"] if b["type"] == "input"]
    # Labels come from the model's metadata in the user's language, not from field names.
    assert not any(label in spec.input_model.model_fields for label in labels)
    if lang == "zh-TW":
        assert any(any("\u4e00" <= ch <= "\u9fff" for ch in label) for label in labels)


def test_forms_round_trip_every_valid_tool_case_of_the_evals():
    """The golden tool cases' arguments, through the form and back: the same arguments, every one."""
    count = 0
    for case in load_cases():
        if not case.is_tool_case or case.expect.error is not None:
            continue
        spec = get_tool(case.tool)
        want = spec.input_model.model_validate(case.args)
        _, args = _round_trip(spec, case.args, "zh-TW")
        assert spec.input_model.model_validate(args) == want, case.id
        count += 1
    assert count > 200


def test_inputs_follow_the_models_types_and_bounds():
    spec = get_tool("tsa_credit_tally")
    view = form_view(spec, "zh-TW", SAMPLES["tsa_credit_tally"], FormContext(tool=spec.name, lang="zh-TW", origin="edit"))
    by_id = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    count = by_id["f:activities.1.count"]
    assert count["element"]["type"] == "number_input" and count["element"]["is_decimal_allowed"] is False
    assert (count["element"]["min_value"], count["element"]["max_value"], count["element"]["initial_value"]) == ("1", "1000", "4")
    assert by_id["f:activities.3.hours"]["element"]["is_decimal_allowed"] is True
    kind = by_id["f:activities.1.kind"]["element"]
    assert kind["type"] == "static_select" and kind["initial_option"]["text"]["text"] == "本會月會"
    assert len(kind["options"]) == 14
    assert by_id["f:activities.0.year"]["optional"] is True
    assert by_id["f:offshore_island"]["element"]["type"] == "checkboxes"
    assert "initial_options" in by_id["f:offshore_island"]["element"]
    # Six activities read, one blank slot to add a forgotten one.
    assert "f:activities.6.kind" in by_id and "f:activities.7.kind" not in by_id
    dates = form_view(get_tool("tsir_renewal_check"), "en", SAMPLES["tsir_renewal_check"],
                      FormContext(tool="tsir_renewal_check", lang="en", origin="edit"))
    birth = next(b for b in dates["blocks"] if b.get("block_id") == "f:birth_date")
    assert birth["element"] == {"type": "datepicker", "action_id": "v", "initial_date": "1965-02-28"}
    assert birth["label"]["text"] == "Date of birth"
    six = form_view(get_tool("tsa_renewal_check"), "zh-TW", None, FormContext(tool="tsa_renewal_check", lang="zh-TW", origin="calc"))
    years = [b["label"]["text"] for b in six["blocks"] if b.get("block_id", "").startswith("f:yearly_credits.")]
    assert years == [f"第 {n} 年" for n in range(1, 7)]


def test_a_long_list_stays_within_the_modal_limit_and_keeps_the_items_not_shown():
    spec = get_tool("tsa_credit_tally")
    args = {"activities": [{"kind": "tsa_monthly_meeting", "count": n % 9 + 1, "year": 2000 + n} for n in range(40)]}
    ctx = FormContext(tool=spec.name, lang="zh-TW", origin="edit")
    view = form_view(spec, "zh-TW", args, ctx)
    check_view(view, "modal")
    submitted = read_submission(FormContext.load(view["private_metadata"]), state_of(view))
    assert spec.input_model.model_validate(submitted.args) == spec.input_model.model_validate(args)


def test_a_13th_calculator_gets_its_form_with_no_slack_code(monkeypatch):
    class ParkingInput(CalcInput):
        """A made-up calculator."""

        model_config = titled("停車費", "Parking fee", "停車要付多少？", "What does parking cost?")

        hours: float = Field(ge=0, le=24, json_schema_extra=ui("停車時數", "Hours parked"))
        zone: Literal["a", "b"] = Field(json_schema_extra=ui("區域", "Zone", choices={"a": ("甲區", "zone A"), "b": ("乙區", "zone B")}))
        day: dt.date | None = Field(None, json_schema_extra=ui("日期", "Day"))
        plates: list[str] = Field(default_factory=list, max_length=3, json_schema_extra=ui("車牌", "Plates", item_zh="車牌 {n}"))
        member: bool = Field(False, json_schema_extra=ui("會員", "Member"))

    def parking_fee(args: ParkingInput) -> CalcResult:
        """Parking fee."""
        return CalcResult()

    spec = ToolSpec("parking_fee", parking_fee, ParkingInput, CalcResult, "Parking fee.", "shared")
    monkeypatch.setattr(registry, "TOOLS", [*TOOLS, spec])
    monkeypatch.setitem(registry._BY_NAME, "parking_fee", spec)
    args = {"hours": 2.5, "zone": "b", "day": "2026-11-30", "plates": ["ABC-123"], "member": True}
    view, back = _round_trip(spec, args, "zh-TW")
    assert ParkingInput.model_validate(back) == ParkingInput.model_validate(args)
    assert view["title"]["text"] == "停車費"
    options = [o["text"]["text"] for g in picker_view("zh-TW")["blocks"][0]["element"]["option_groups"] for o in g["options"]]
    assert "停車要付多少？" in options


def test_picker_names_the_twelve_by_what_they_answer_in_the_users_language():
    for lang in ("zh-TW", "en"):
        view = picker_view(lang)
        check_view(view, "modal")
        options = [o for g in view["blocks"][0]["element"]["option_groups"] for o in g["options"]]
        assert sorted(o["value"] for o in options) == sorted(spec.name for spec in TOOLS)
        texts = [o["text"]["text"] for o in options]
        assert all(t.endswith("？" if lang == "zh-TW" else "?") for t in texts), texts


def test_clarify_form_prefills_what_is_known_and_focuses_what_is_missing():
    engine = Engine(get_settings(), load_corpus())
    answer = engine.answer("今年參加年會一次、專科醫學會年會一次，積分多少？")
    assert answer.route == "clarify" and answer.pending_call is not None
    spec = get_tool(answer.pending_call.name)
    view = form_view(spec, "zh-TW", answer.pending_call.args, FormContext(tool=spec.name, lang="zh-TW", origin="edit"),
                     question=answer.question, missing=["days"])
    inputs = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    focused = [bid for bid, b in inputs.items() if b["element"].get("focus_on_load")]
    assert focused == ["f:activities.1.days"]  # the specialty meeting's length, not the annual meeting's
    assert inputs["f:activities.1.days"]["label"]["text"].startswith("❗")
    assert not inputs["f:activities.0.days"]["label"]["text"].startswith("❗")
    assert inputs["f:activities.1.kind"]["element"]["initial_option"]["value"] == '"specialty_annual_meeting"'
    assert inputs["f:activities.0.year"]["element"]["initial_value"] == str(dt.date.today().year)


# --------------------------------------------------------------------------- through Bolt


class ReadingEngine(FakeEngine):
    """Answers calculations with the real engine (no index needed), so readings are real ones."""

    def __init__(self) -> None:
        super().__init__()
        self.real = Engine(get_settings(), load_corpus())

    def answer(self, question, conversation=None, *, today=None):
        with self._lock:
            self.calls.append((question, conversation))
        return self.real.answer(question, conversation, today=dt.date(2026, 11, 25))


@pytest.fixture
def real_harness(stand_in, inquiry_log):
    h = make_harness(stand_in, inquiry_log, ReadingEngine())
    yield h
    h.svc.close(wait=True)


def _submit(harness, payload: dict[str, Any]):
    return harness.send(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


def _ask(harness, text: str):
    event = mention(text)
    harness.event(event)
    [reply] = harness.replies_in(CHANNEL, event["ts"])
    return event, reply


def _edit_button(reply) -> dict[str, Any]:
    return next(e for e in reply.body["blocks"][-1]["elements"] if e["action_id"] == "edit_inputs")


def _open_form(harness, reply, event) -> dict[str, Any]:
    button = _edit_button(reply)
    harness.click("edit_inputs", button["value"], user=ASKER, channel=CHANNEL, message_ts=reply.body.get("ts", "1.0"),
                  thread_ts=event["ts"])
    [opened] = harness.api.wait_for("views.open")
    assert opened.body["trigger_id"] == "1.2.3"
    return opened.body["view"]


def test_correction_reaches_the_thread_the_log_and_the_corrections_export(real_harness, tmp_path):
    h = real_harness
    question = "今年參加本會年會 1 次、月會 4 次，積分多少？"
    event, reply = _ask(h, question)
    assert "140" in json.dumps(reply.body, ensure_ascii=False)  # 60 + 4 × 20
    view = _open_form(h, reply, event)
    check_view(view, "modal")
    inputs = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert inputs["f:activities.1.count"]["element"]["initial_value"] == "4"  # the bot's reading, pre-filled
    response = _submit(h, view_submission(view, {"f:activities.1.count": 3}))
    assert response.status == 200 and response.body == ""  # closes the modal
    [corrected] = h.api.wait_for("chat.postMessage", 2, where=lambda c: c.body.get("thread_ts") == event["ts"])[1:]
    text = json.dumps(corrected.body, ensure_ascii=False)
    assert "月會" in text and "4 → 3" in text and "120" in text  # what changed, and the new figure
    assert corrected.body["channel"] == CHANNEL
    h.settle()
    original = int(_edit_button(reply)["value"].split(":")[0])
    [(correction, inquiry)] = h.log.corrections()
    assert inquiry.id == original and inquiry.question == question and correction.user_id == ASKER
    assert correction.reading["activities"][1]["count"] == 4
    assert correction.corrected["activities"][1]["count"] == 3 and correction.result["total"] == 120
    rows = list(h.log.export())
    assert rows[-1]["source"] == "form" and rows[-1]["thread_ts"] == event["ts"]
    out = tmp_path / "corrections.yaml"
    result = CliRunner().invoke(cli_app, ["log", "export", "--corrections", "-o", str(out)])
    assert result.exit_code == 0, result.output
    [case] = load_file(out)  # a valid eval case as it stands
    assert case.question == question and case.category == "calculator"
    assert case.expect.tool.name == "tsa_credit_tally"
    assert case.expect.tool.args["activities"][1]["count"] == 3 and case.expect.result["total"] == 120
    assert "correction" in case.tags
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["cases"][0]["id"] == f"corr-{original}-0"


def test_correcting_the_corrected_answer_keeps_the_bots_reading(real_harness):
    h = real_harness
    event, reply = _ask(h, "今年參加本會年會 1 次、月會 4 次，積分多少？")
    view = _open_form(h, reply, event)
    _submit(h, view_submission(view, {"f:activities.1.count": 2}))
    second = h.api.wait_for("chat.postMessage", 2, where=lambda c: c.body.get("thread_ts") == event["ts"])[1]
    h.api.clear()
    view = _open_form(h, second, event)
    assert {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}[
        "f:activities.1.count"]["element"]["initial_value"] == "2"
    _submit(h, view_submission(view, {"f:activities.1.count": 3}))
    h.api.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == event["ts"])
    h.settle()
    corrections = h.log.corrections()
    assert [c.reading["activities"][1]["count"] for c, _ in corrections] == [4, 4]  # always the bot's reading
    assert len({i.id for _, i in corrections}) == 1


def test_an_invalid_value_shows_a_field_error_not_an_exception(real_harness):
    h = real_harness
    event, reply = _ask(h, "今年參加本會年會 1 次、月會 4 次，積分多少？")
    view = _open_form(h, reply, event)
    # A specialty meeting needs its length in days (a rule of the model, not of Slack's inputs).
    response = _submit(h, view_submission(view, {"f:activities.1.kind": "specialty_annual_meeting"}))
    assert response.status == 200
    body = json.loads(response.body)
    assert body["response_action"] == "errors"
    assert list(body["errors"]) == ["f:activities.1.days"]
    assert "specialty_annual_meeting" in body["errors"]["f:activities.1.days"]
    # A number over the model's bound, and a select left empty in an item that has values.
    response = _submit(h, view_submission(view, {"f:activities.1.count": 5000, "f:activities.0.kind": None}))
    errors = json.loads(response.body)["errors"]
    assert errors["f:activities.1.count"] == "不得大於 1000"
    assert errors["f:activities.0.kind"] == "必填"
    h.settle()
    assert h.log.corrections() == []
    assert len(h.api.calls_to("chat.postMessage")) == 1  # only the first answer


def test_clarify_answer_is_completed_by_the_form_in_the_thread(real_harness):
    h = real_harness
    event, reply = _ask(h, "今年參加年會一次、專科醫學會年會一次，積分多少？")
    view = _open_form(h, reply, event)
    response = _submit(h, view_submission(view, {"f:activities.1.days": 1}))
    assert response.body == ""
    [answer] = h.api.wait_for("chat.postMessage", 2, where=lambda c: c.body.get("thread_ts") == event["ts"])[1:]
    assert "75" in json.dumps(answer.body, ensure_ascii=False)  # 60 + 15 (one-day specialty meeting)
    h.settle()
    [(correction, inquiry)] = h.log.corrections()
    assert inquiry.route == "clarify" and "days" not in correction.reading["activities"][1]


def test_regbot_calc_picker_then_form_then_an_ephemeral_answer(real_harness):
    h = real_harness
    response, _ = h.command("calc")
    assert response.status == 200 and response.body == ""
    [opened] = h.api.wait_for("views.open")
    picker = opened.body["view"]
    assert picker["callback_id"] == "regbot_calc_pick"
    response = _submit(h, view_submission(picker, {"pick_tool": "hpa_followup_deduction"}))
    update = json.loads(response.body)
    assert update["response_action"] == "update"
    form = update["view"]
    check_view(form, "modal")
    assert form["title"]["text"] == "追蹤完成率扣款"
    response = _submit(h, view_submission(form, {"f:completion_rate_pct": 68, "f:annual_subsidy": 1_000_000}))
    assert response.body == ""
    [posted] = h.api.wait_for("chat.postEphemeral")
    assert posted.body["channel"] == CHANNEL and posted.body["user"] == ASKER
    text = json.dumps(posted.body, ensure_ascii=False)
    assert "100000" in text.replace(",", "") and "hpa-mammo/2.5" in text
    h.settle()
    [row] = list(h.log.export())
    assert row["source"] == "form" and row["route"] == "calculator" and row["user_id"] == ASKER
    assert h.log.corrections() == []  # the person's own inputs are not a correction of the bot


def test_calc_answer_goes_by_direct_message_where_no_ephemeral_can_be_posted(real_harness):
    h = real_harness
    h.api.errors["chat.postEphemeral"] = "channel_not_found"
    h.command("calc en")
    [opened] = h.api.wait_for("views.open")
    assert opened.body["view"]["blocks"][1]["element"]["initial_option"]["value"] == "en"
    form = json.loads(_submit(h, view_submission(opened.body["view"], {"pick_tool": "tsa_renewal_check"})).body)["view"]
    assert form["title"]["text"] == "Surgical cert. renewal"
    changes = {f"f:yearly_credits.{n}": v for n, v in enumerate([100, 120, 90, 110, 95, 100])}
    _submit(h, view_submission(form, changes))
    [dm] = h.api.wait_for("chat.postMessage")
    assert dm.body["channel"] == ASKER and "615" in json.dumps(dm.body)


def test_global_shortcut_opens_the_picker(real_harness):
    h = real_harness
    payload = {"type": "shortcut", "callback_id": "regbot_calc", "trigger_id": "7.8.9", "action_ts": "1.0",
               "team": {"id": "T0REGBOT1"}, "user": {"id": ASKER, "team_id": "T0REGBOT1"}, "token": "legacy"}
    response = _submit(h, payload)
    assert response.status == 200
    [opened] = h.api.wait_for("views.open")
    assert opened.body["trigger_id"] == "7.8.9" and opened.body["view"]["callback_id"] == "regbot_calc_pick"


def test_a_form_submission_with_a_bad_signature_is_refused(real_harness):
    view = form_view(get_tool("hpa_followup_deadline"), "zh-TW", {"category": 3},
                     FormContext(tool="hpa_followup_deadline", lang="zh-TW", origin="calc"))
    raw = urlencode({"payload": json.dumps(view_submission(view))})
    assert real_harness.send(raw, "application/x-www-form-urlencoded", secret="wrong").status == 401
    real_harness.settle()
    assert real_harness.api.calls_to("chat.postMessage") == []


def test_form_tree_lists_every_field_of_every_model():
    for spec in TOOLS:
        tree, _ = form_tree(spec.input_model, "zh-TW", SAMPLES[spec.name])
        names = {str(leaf.path[0]) for leaf in leaves(tree)}
        assert names == set(spec.input_model.model_fields), spec.name


def test_a_reading_outside_the_bounds_is_not_prefilled_but_marked():
    spec = get_tool("hpa_followup_deduction")
    view = form_view(spec, "zh-TW", {"completion_rate_pct": 130}, FormContext(tool=spec.name, lang="zh-TW", origin="edit"),
                     question="追蹤完成率 130%，會被扣多少？", missing=["completion_rate_pct"])
    check_view(view, "modal")
    rate = next(b for b in view["blocks"] if b.get("block_id") == "f:completion_rate_pct")
    assert "initial_value" not in rate["element"] and rate["element"]["max_value"] == "100"
    assert rate["label"]["text"].startswith("❗") and rate["element"]["focus_on_load"] is True


def test_an_ephemeral_answers_correction_comes_back_through_its_response_url(real_harness):
    h = real_harness
    _, response_url = h.command("追蹤完成率 68%，年度補助 100 萬，會被扣多少？")
    [answer] = h.api.wait_for("response_url", where=lambda c: response_url.endswith(c.path))
    button = _edit_button(answer)
    click_url = h.api.response_url()
    payload = {"type": "block_actions", "api_app_id": "AREGBOT01", "token": "legacy", "trigger_id": "1.2.3",
               "user": {"id": ASKER, "team_id": "T0REGBOT1"}, "team": {"id": "T0REGBOT1"},
               "container": {"type": "message", "message_ts": "1.0", "channel_id": CHANNEL, "is_ephemeral": True},
               "channel": {"id": CHANNEL}, "response_url": click_url,
               "actions": [{"type": "button", "action_id": "edit_inputs", "block_id": "regbot_actions",
                            "value": button["value"], "action_ts": "1.0"}]}
    _submit(h, payload)
    [opened] = h.api.wait_for("views.open")
    _submit(h, view_submission(opened.body["view"], {"f:completion_rate_pct": 72}))
    [corrected] = h.api.wait_for("response_url", where=lambda c: click_url.endswith(c.path))
    text = json.dumps(corrected.body, ensure_ascii=False)
    assert corrected.body["response_type"] == "ephemeral" and "68 → 72" in text and "50000" in text
    h.settle()
    assert [c.corrected for c, _ in h.log.corrections()] == [{"completion_rate_pct": 72, "annual_subsidy": 1000000}]


def test_a_failure_after_the_form_closed_gets_an_apology_in_the_thread(real_harness, monkeypatch):
    h = real_harness
    event, reply = _ask(h, "今年參加本會年會 1 次、月會 4 次，積分多少？")
    view = _open_form(h, reply, event)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full at /secret")

    monkeypatch.setattr(h.engine.real, "compute", broken)
    monkeypatch.setattr(h.engine, "compute", broken)
    _submit(h, view_submission(view, {"f:activities.1.count": 3}))
    [apology] = h.api.wait_for("chat.postMessage", 2, where=lambda c: c.body.get("thread_ts") == event["ts"])[1:]
    assert "抱歉" in apology.body["text"] and "secret" not in json.dumps(apology.body)
