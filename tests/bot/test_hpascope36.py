"""Round 36, mammography calculator readings and whose rules a question asks (zh-TW, zh-CN, English phrasings of our own):

1. The other QC items' scores in brackets after a bound that sums them up ("其他都85以上(87、91、86、88、90)", "the rest all
   above 85 (…)"): every one in the top band, placed in the rule table's order (which cannot change a grade), said so; a
   figure below the bound, each item asked — never the bound read as a score.
2. People counted with 個 / 个 and gone through one by one ("兩個放射師，一個365天，一個200天"): each one's days, in a
   question or in a reply to the bot's question — never rewritten as activities ("放射師 1 次").
3. A calendar day asked of a category's follow-up deadline ("what date", "by what date", "哪一天", "幾號"), no screening date:
   the date is asked, whoever the case is said to be; the period asked ("how long") stays the rule's.
4. Another body's certificate renewed ("消化系外科醫學會的專科證書換證", "the Society of Digestive Surgery's board renewal"),
   whatever credits of ours are offered toward it, our issuer named only to be set apart ("(not TSIR)"): out of scope.
5. A society named as an example of the meetings our credits count ("例如 XX 內視鏡學會", "such as the Endoscopy Society"):
   in scope (第五條第十款); that society's own rules stay out.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, name):
    calls = [c for c in answer.tool_calls if c.name == name]
    assert calls, (answer.route, answer.missing, answer.answer[:300])
    return calls[0]


# ---------------------------------------------------------------- 1. the other items' scores after a bound

@pytest.mark.parametrize(("question", "named", "others"), [
    ("CR 機，這次曝露指標確認 66 分，其餘幾項都在 85 分以上（90、88、92、86、89），還可以做篩檢嗎？", 66, [90, 88, 92, 86, 89]),
    ("我们是CR，曝露指标只有68，其余都在85以上（87、91、86、88、90），还能做筛检吗", 68, [87, 91, 86, 88, 90]),
    ("our CR unit got 65 on the exposure index check, the rest all above 85 (86, 90, 87, 91, 88). can we keep screening?", 65,
     [86, 90, 87, 91, 88]),
    ("CR 系統，曝露指標只有 69，其他項目都 85 分以上(95、90、88、86、87)，要停用嗎", 69, [95, 90, 88, 86, 87]),
])
def test_bracketed_scores_after_a_bound_are_the_other_items(ask, question, named, others):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    call = _call(a, "hpa_qc_grade")
    order = ["dose_hvl_output_aec", "phantom_image", "compression", "field_alignment", "reading_system"]
    assert call.args["scores"] == {"exposure_index_cr": named, **dict(zip(order, others))}
    assert call.result["worst"] == "D"
    assert any("順序" in n or "order" in n for n in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "CR 機曝露指標 68，其他都 85 以上（87、80、86、88、90），這台還能做篩檢嗎？",
    "CR unit: exposure index 68, the rest all above 85 (87, 79, 86, 88, 90) - still usable?",
])
def test_a_bracketed_score_below_the_bound_asks_each_item(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:300])
    assert any(m.startswith("dose_hvl_output_aec") for m in a.missing), a.missing


def test_a_bound_alone_still_leaves_the_other_items_out(ask):
    a = ask("我們是CR，曝露指標確認68，其他都85以上，這台還能做篩檢嗎")
    assert a.route == "calculator"
    assert _call(a, "hpa_qc_grade").args["scores"] == {"exposure_index_cr": 68}


# ---------------------------------------------------------------- 2. people counted with 個, one by one

@pytest.mark.parametrize(("question", "days", "screened"), [
    ("我們醫院今年篩檢了9000例，兩個放射師，一個365天、另一個200天，會超量嗎？", [365, 200], 9000),
    ("今年篩檢 12000 例，三個放射師，一個365天，一個300天，一個200天，有超過合理量嗎", [365, 300, 200], 12000),
    ("今年筛检了 9000 例，两个放射师，一个 365 天，一个 200 天，会超量吗？", [365, 200], 9000),
])
def test_people_counted_with_ge_each_have_their_days(ask, question, days, screened):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    assert _call(a, "hpa_facility_volume").args == {"radiographer_work_days": days, "annual_screenings": screened}


@pytest.mark.parametrize("reply", [
    "兩個放射技術師，一個做滿365天，一個只做了200天",
    "两个技师 一个全年365天 一个200天",
    "兩個放射師，一個365天，一個200天",
])
def test_a_reply_counting_people_with_ge_completes_the_volume(engine, reply):
    first, final = ask_and_reply(engine, "我們醫院今年篩檢了9000例，會超量嗎？", reply)
    assert first.route == "clarify"
    call = _call(final, "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == [365, 200]
    assert call.result["allowed_volume"] == 10216 and call.result["excess_cases"] == 0


def test_meetings_counted_with_ge_are_still_each_their_own_length(ask):
    a = ask("今年去了兩個專科醫學會年會，一個開兩天，一個只有一天，積分多少")
    kinds = [(x["kind"], x.get("days")) for x in _call(a, "tsa_credit_tally").args["activities"]]
    assert sorted(kinds, key=str) == sorted([("specialty_annual_meeting", 2), ("specialty_annual_meeting", 1)], key=str)


# ---------------------------------------------------------------- 3. a calendar day asked of a deadline

@pytest.mark.parametrize("question", [
    "patient was BI-RADS 0 on her screen. by what date must the recall exam be completed?",
    "category 0 result, what is the deadline date for the recall?",
    "BI-RADS 4 on the screen — which day is the last day for the confirmed diagnosis?",
    "筛查结果 category 4，确诊最晚要在哪一天之前完成？",
    "乳攝 category 3，複檢要在幾號前做完？",
])
def test_a_day_asked_of_a_deadline_asks_the_screening_date(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:300])
    assert any(m.startswith("screening_date") for m in a.missing), a.missing


def test_the_day_follows_from_the_screening_date_in_the_reply(engine):
    first, final = ask_and_reply(engine, "category 0 result, what is the deadline date for the recall?", "screened 2026-09-10")
    assert first.route == "clarify"
    assert _call(final, "hpa_followup_deadline").result["deadline"] == "2026-11-10"


@pytest.mark.parametrize("question", ["Category 0: how long do we have for the recall?", "category 0 的追蹤期限是多久？"])
def test_the_period_asked_stays_the_rule(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert "hpa-mammo/2.5.4" in [c.id for c in a.citations]


# ---------------------------------------------------------------- 4. another body's certificate renewed

@pytest.mark.parametrize("question", [
    "肝膽胰外科醫學會的專科證書展延要幾分？外科醫學會的月會可以算嗎",
    "减重代谢外科医学会的证书要换证，外科学会年会的积分能抵吗",
    "For the Taiwan Society of Digestive Surgery's board renewal, do TSA annual meeting credits count?",
    "how many points does the hepatobiliary surgery society need for specialist recertification? can surgical society "
    "credits be used?",
    "radiology specialist renewal through the radiology society (not TSIR) - how many CME points over six years?",
    "放射線醫學會的專科醫師證書換證要幾點？介入學會的研討會可以算嗎",
])
def test_another_bodys_certificate_renewed_is_out_of_scope(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])
    assert "學會" in a.answer or "society" in a.answer.lower() or "body" in a.answer.lower()


@pytest.mark.parametrize("question", [
    "Can I use radiology society CME points for my TSIR instructor renewal?",
    "指導老師換證要200點，放射線醫學會的積分可以算嗎",
    "外科專科醫師證書展延，參加消化系外科醫學會年會可以算幾分",
])
def test_credits_toward_our_certificate_stay_in_scope(ask, question):
    assert ask(question).route != "out_of_scope"


# ---------------------------------------------------------------- 5. a society as an example of a meeting

@pytest.mark.parametrize("question", [
    "參加外科相關、但不在訓練課程基準科別裡的學會年會（比如某某內視鏡醫學會），外科積分怎麼算？",
    "去参加外科相关但不在训练基准科别里的学会年会（比如 XX 内视镜学会），积分怎么给？",
    "If I attend the annual meeting of a surgery-related society that isn't one of the training-curriculum specialties "
    "(e.g. the XX Endoscopy Society), how are the credits given?",
    "How are credits given for congresses of surgery-related societies not in the training curriculum, such as the "
    "Endoscopy Society?",
])
def test_a_society_as_an_example_of_a_meeting_is_our_credit(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert "tsa-cme/5.10" in [c.id for c in a.citations]


@pytest.mark.parametrize("question", ["What are the Endoscopy Society's own credit rules?", "消化系外科醫學會自己的積分怎麼算"])
def test_that_societys_own_rules_stay_out(ask, question):
    assert ask(question).route == "out_of_scope"

