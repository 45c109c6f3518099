"""The generic reader (bot/reader): mentions, qualifiers, binding to declared slots, validation by the
input model, and a made-up 13th calculator read from its vocabulary alone."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import pytest
from pydantic import Field, model_validator

from bot.extract import candidates
from bot.parsing.text import Query
from bot.reader import read, vocabularies
from bot.reader.mentions import dates, joins, negated, numbers, qualifiers
from bot.routing import decide_calculation
from calculators.common import CalcInput
from calculators.errors import FieldProblem
from calculators.labels import ui
from calculators.vocab import Choice, Slot, Vocabulary
from tests.bot.conftest import TODAY


# ------------------------------------------------------------------------------------ mentions
def test_numbers_carry_units_and_spans_and_chinese_numerals_become_numbers():
    q = Query("疑似陽性一百二十例、完成 85 例，補助 200萬", TODAY)
    got = [(n.value, n.unit) for n in numbers(q)]
    assert got == [(120, "例"), (85, "例"), (2_000_000, "萬元")]
    for n in numbers(q):
        assert q.text[n.start:n.end].strip() == n.text


def test_dates_roc_gregorian_partial_and_impossible():
    q = Query("證書民國116年3月1日到期，2025/2/30 不對，9月30日篩檢", TODAY)
    kinds = [(m.kind, m.value if m.kind != "bad_date" else m.text) for m in dates(q)]
    assert ("date", dt.date(2027, 3, 1)) in kinds
    assert ("bad_date", "2025/2/30") in kinds
    assert ("partial_date", (9, 30)) in kinds


def test_numbers_inside_dates_are_no_numbers():
    q = Query("證書 2027/5/31 到期", TODAY)
    assert numbers(q) == []


def test_qualifiers_are_found_by_kind():
    kinds = {m.name for m in qualifiers("月會 5 次，其中 2 次是講者，另外各 3 小時，共 10 場，不是一作")}
    assert {"subset", "addition", "each", "total", "negation"} <= kinds


def test_a_subset_or_total_qualifier_stops_binding_across_it():
    text = "完成其中 40 例"
    assert joins(text, 2, 5, 24) is None  # 完成 ⟶ 40 crosses 其中
    assert joins("完成 40 例", 2, 3, 24) == 1


def test_negation_is_read_before_a_word():
    assert negated("這是非人為因素", 3)
    assert negated("不是人為因素", 2)
    assert not negated("是人為因素", 1)


# --------------------------------------------------------------------- a made-up 13th calculator
class ParkingInput(CalcInput):
    """Parking fee: hours parked and the kind of vehicle (made up for this test)."""

    vehicle: Literal["car", "motorbike"] = Field(json_schema_extra=ui("車種", "Vehicle"))
    hours: float = Field(gt=0, le=24, json_schema_extra=ui("停車時數", "Hours parked"))
    discount_pct: float | None = Field(None, ge=0, le=100, json_schema_extra=ui("折扣（%）", "Discount (%)"))
    validated: bool = Field(False, json_schema_extra=ui("已蓋章", "Ticket validated"))

    @model_validator(mode="after")
    def _motorbike_no_discount(self) -> ParkingInput:
        if self.vehicle == "motorbike" and self.discount_pct is not None:
            raise FieldProblem("discount_pct", "no discount for motorbikes")
        return self


PARKING = Vocabulary(
    tool="parking_fee",
    model=ParkingInput,
    terms={"parking": r"停車|parking|parked", "fee": r"多少錢|費用|fee|cost"},
    trigger=(("parking",),),
    slots=(
        Slot("vehicle", "enum", counts=False, choices=(Choice("car", r"汽車|\bcar\b"), Choice("motorbike", r"機車|motorbike|scooter")),
             ask=("是汽車還是機車？", "A car or a motorbike?")),
        Slot("hours", "number", terms=r"停了|停車|parked|parking", units=("小時",), gap=12, gap_after=4,
             ask=("停了幾小時？", "How many hours?"), bad=("停車時數應在 0 到 24 小時之間。", "Hours run from 0 to 24.")),
        Slot("discount_pct", "number", terms=r"折扣|打折|discount|off", units=("%",), fallback_units=("%",)),
        Slot("validated", "flag", terms=r"蓋章|validated|stamped"),
    ),
    bonus=((("fee",), 1.0),),
)


def test_a_thirteenth_calculator_is_read_from_its_vocabulary_alone():
    e = read(Query("汽車停車 3 小時，折扣 20%，有蓋章，費用多少錢？", TODAY), PARKING)
    assert e is not None and e.tool == "parking_fee" and e.complete
    assert e.args == {"vehicle": "car", "hours": 3, "discount_pct": 20, "validated": True}
    assert e.facts == 3 and e.score == 2.0 + 3 + 1


def test_the_made_up_calculator_in_english_with_a_negated_flag():
    e = read(Query("I parked my car for 2.5 hours, 10% off, ticket not validated. What's the fee?", TODAY), PARKING)
    assert e is not None and e.args == {"vehicle": "car", "hours": 2.5, "discount_pct": 10, "validated": False}


def test_missing_slots_become_questions_from_the_vocabulary():
    e = read(Query("停車費用多少錢？", TODAY), PARKING)
    assert e is not None and not e.complete and e.facts == 0
    assert [n.key for n in e.needs] == ["vehicle", "hours"]
    assert e.needs[1].zh == "停了幾小時？"


def test_the_input_model_rejects_a_value_and_the_reader_holds_no_range():
    e = read(Query("汽車停車 30 小時多少錢", TODAY), PARKING)
    assert e is not None and [n.key for n in e.invalid] == ["hours"] and "hours" not in e.args
    assert e.invalid[0].zh == "停車時數應在 0 到 24 小時之間。"


def test_a_cross_field_rule_of_the_model_is_reported_on_its_field():
    e = read(Query("機車停車 2 小時，折扣 50%", TODAY), PARKING)
    assert e is not None and [n.key for n in e.invalid] == ["discount_pct"]
    assert "no discount for motorbikes" in e.invalid[0].en


def test_a_question_that_is_not_the_tools_is_not_read():
    assert read(Query("年會 2 次積分多少", TODAY), PARKING) is None


def test_a_reply_to_a_clarifying_question_fills_the_slot_asked_for():
    e = read(Query("汽車停車多少錢", TODAY, followup="3 小時", expected=("hours",)), PARKING)
    assert e is not None and e.args["hours"] == 3 and e.complete


# ------------------------------------------------------------------------ the declared tools
def test_every_declared_vocabulary_names_real_fields_of_its_model():
    vocabs = vocabularies()
    assert {"renewal_window", "hpa_followup_deadline", "hpa_followup_deduction", "hpa_qc_grade", "hpa_reread_action", "hpa_image_grade", "hpa_facility_volume", "hpa_radiographer_volume", "tsir_renewal_check", "tsir_instructor_eligibility", "tsa_renewal_check"} <= {v.tool for v in vocabs}
    for v in vocabs:
        for slot in v.slots:
            assert slot.name in v.model.model_fields, (v.tool, slot.name)
        for clause in (*v.trigger, *v.block):
            for atom in clause:
                assert atom.lstrip("!").startswith("@") or atom.lstrip("!") in v.terms, (v.tool, atom)


def test_renewal_window_is_read_by_the_generic_reader():
    e = candidates(Query("我的外科專科醫師證書 2027/5/31 到期，什麼時候可以申請展延？", TODAY))[0]
    assert e.tool == "renewal_window" and e.args == {"doc": "tsa-cme", "expiry_date": "2027-05-31"} and e.complete


def test_renewal_window_issue_date_birth_date_and_application_date():
    e = candidates(Query("我 1970/1/1 出生，指導老師證書 2021/3/1 核發，2026/12/1 申請來得及嗎？什麼時候可以換證", TODAY))[0]
    assert e.tool == "renewal_window" and e.args == {"doc": "tsir-instructor", "issue_date": "2021-03-01"}


def test_renewal_window_impossible_date_is_asked_about():
    e = candidates(Query("外科專科醫師證書 2027/2/30 到期，什麼時候申請展延？", TODAY))[0]
    assert e.tool == "renewal_window" and [n.key for n in e.invalid] == ["expiry_date"] and "2027/2/30" in e.invalid[0].zh


def test_followup_deadline_category_and_a_day_without_its_year():
    e = candidates(Query("BI-RADS 第 4 類，9月30日篩檢，要在哪一天前完成確診？", TODAY))[0]
    assert e.tool == "hpa_followup_deadline" and e.args == {"category": 4, "screening_date": "2026-09-30"}
    assert any("2026-09-30" in n.zh for n in e.notes)


def test_followup_deadline_a_category_the_model_rejects_is_asked_about():
    e = candidates(Query("category 2 的個案追蹤期限多久？", TODAY))[0]
    assert e.tool == "hpa_followup_deadline" and [n.key for n in e.invalid] == ["category"]


def test_followup_deduction_counts_listed_with_the_enumeration_comma():
    e = candidates(Query("我們疑似陽性 64 例、完成 40 例，補助 200萬，會扣多少？", TODAY))[0]
    assert e.tool == "hpa_followup_deduction"
    assert e.args == {"suspected_positive_cases": 64, "completed_cases": 40, "annual_subsidy": 2_000_000}


def test_followup_deduction_completed_only_asks_for_the_suspected_count():
    e = candidates(Query("今年追蹤完成 150 案，扣款多少？", TODAY))[0]
    assert e.tool == "hpa_followup_deduction" and e.args == {"completed_cases": 150}
    assert [n.key for n in e.needs] == ["suspected_positive_cases"]


def test_followup_deduction_more_completed_than_suspected_is_rejected_by_the_model():
    e = candidates(Query("疑似陽性 40 例，完成 64 例，扣多少？", TODAY))[0]
    assert e.tool == "hpa_followup_deduction" and [n.key for n in e.invalid] == ["completed_cases"]


def test_qc_grade_each_qualifier_gives_every_listed_item_the_score():
    e = candidates(Query("我們這台 DR 五個測試項目（劑量、假體、壓迫、照野、閱片）每項都剛好 85 分，會被列 B 嗎？", TODAY))[0]
    assert e.tool == "hpa_qc_grade"
    assert e.args["scores"] == {k: 85 for k in ("dose_hvl_output_aec", "phantom_image", "compression", "field_alignment", "reading_system")}


def test_qc_grade_the_rest_words_fill_the_items_not_named_and_cr_only_on_a_cr_unit():
    e = candidates(Query("品管實地測試假體影像 72 分，其他項目都是 90 分，非人為因素，幾等？", TODAY))[0]
    assert e.tool == "hpa_qc_grade" and e.args["human_factor"] is False
    assert e.args["scores"]["phantom_image"] == 72 and e.args["scores"]["reading_system"] == 90
    assert "exposure_index_cr" not in e.args["scores"] and e.notes


def test_qc_grade_english_score_written_before_its_item_and_a_score_over_100():
    e = candidates(Query("QC field test: 76 on compression, phantom 120. Grades?", TODAY))[0]
    assert e.tool == "hpa_qc_grade" and e.args["scores"] == {"compression": 76}
    assert [n.key for n in e.invalid] == ["phantom_image"]


def test_reread_rates_joined_by_and_stay_with_their_own_labels():
    e = candidates(Query("Our reader's positive re-read discrepancy is 65% and negative 5%. What happens?", TODAY))[0]
    assert e.tool == "hpa_reread_action"
    assert e.args == {"positive_discrepancy_pct": 65, "negative_discrepancy_pct": 5}


def test_reread_previously_required_is_a_fact_only_beside_a_rate():
    e = candidates(Query("複判差異上次已被要求參加討論會，這次陽性 55%，怎麼辦？", TODAY))[0]
    assert e.tool == "hpa_reread_action" and e.args == {"positive_discrepancy_pct": 55, "previously_required": True}
    assert e.facts == 2
    alone = [c for c in candidates(Query("複判差異第一次超過標準會怎樣？", TODAY)) if c.tool == "hpa_reread_action"][0]
    assert "previously_required" not in alone.args and alone.facts == 0


def test_image_grade_takes_the_shape_the_input_model_accepts():
    own = candidates(Query("本院放射師自選片 緻密型 330、非緻密型 368，等級？", TODAY))[0]
    assert own.tool == "hpa_image_grade"
    assert own.args == {"subject": "radiographer", "kind": "self_selected", "scores": {"non_dense": 368, "dense": 330}}
    facility = candidates(Query("四位放射師自選片，非緻密型分別 345、352、338、349，緻密型分別 341、336、350、347，醫院這項評等？", TODAY))[0]
    assert facility.args["subject"] == "facility"
    assert facility.args["scores"] == {"non_dense": [345, 352, 338, 349], "dense": [341, 336, 350, 347]}
    sampled = candidates(Query("Our radiographer's sampled images scored 330, 325 and 335. What grade is that?", TODAY))[0]
    assert sampled.args["scores"] == [330, 325, 335] and sampled.facts == 1


def test_image_grade_two_unlabelled_set_scores_are_read_in_order_with_a_note():
    e = candidates(Query("我的自選片兩組 372 跟 359 分，評等？", TODAY))[0]
    assert e.tool == "hpa_image_grade" and e.args["scores"] == [372, 359]
    assert any("非緻密型、緻密型" in n.zh for n in e.notes)


@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("本院三位放射師工作天數分別為 365、300、200 天，今年篩檢 14000 案，有超量嗎？", [365, 300, 200], 14000),
    ("三位放射師工作天數 365、365、180，年篩 17500 案，超過的部分多少案不給付？", [365, 365, 180], 17500),
    ("We have 3 radiographers who each worked 300 days; we did 16,000 screenings last year. Any excess?", [300, 300, 300], 16000),
    ("本院 2 位放射師，一位全年、一位工作 180 天，去年篩檢 10000 案，有超量嗎？", [365, 180], 10000),
    ("我們有 2 位放射師全年工作，去年篩檢 13500 案，合理量超過了嗎", [365, 365], 13500),
])
def test_facility_volume_reads_one_number_per_radiographer(question, days, screenings):
    e = candidates(Query(question, TODAY))[0]
    assert e.tool == "hpa_facility_volume" and e.complete
    assert e.args == {"radiographer_work_days": days, "annual_screenings": screenings}


def test_facility_volume_a_stated_head_count_must_match_the_days_read():
    e = candidates(Query("我們 3 位放射師，工作天數 300、250 天，年篩檢 9000 案，有超量嗎？", TODAY))[0]
    assert e.tool == "hpa_facility_volume" and "radiographer_work_days" not in e.args
    assert [n.key for n in e.needs] == ["radiographer_work_days"] and "3 位" in e.needs[0].zh


def test_facility_volume_a_threshold_percentage_is_no_screening_count():
    found = [c for c in candidates(Query("医疗机构的筛检量超过合理量 10% 以上会怎样？", TODAY)) if c.tool == "hpa_facility_volume"]
    assert found and "annual_screenings" not in found[0].args and found[0].facts == 0


@pytest.mark.parametrize(("question", "args"), [
    ("乳攝車今天 2 位放射師拍了 90 案，有超量嗎？", {"daily_screenings_on_van": 90, "radiographers_on_van": 2}),
    ("我們乳攝車上週三 3 位放射師拍了 125 位民眾，有超過嗎？", {"daily_screenings_on_van": 125, "radiographers_on_van": 3}),
    ("The van did 90 mammograms today with 2 radiographers. Over the cap?", {"daily_screenings_on_van": 90, "radiographers_on_van": 2}),
    ("Our radiographer does 480 screenings a month. Is that over the cap?", {"monthly_screenings": 480}),
])
def test_radiographer_volume_a_head_count_is_no_screening_count(question, args):
    e = candidates(Query(question, TODAY))[0]
    assert e.tool == "hpa_radiographer_volume" and e.args == args and e.complete


def test_radiographer_volume_a_count_with_no_period_is_asked_about_and_the_reply_places_it():
    q = "我們乳攝車放射師做了 120 案，有超量嗎？"
    e = candidates(Query(q, TODAY))[0]
    assert e.tool == "hpa_radiographer_volume" and not e.args and e.facts == 1
    assert [n.key for n in e.needs] == ["daily_screenings_on_van"] and "120" in e.needs[0].zh
    e = candidates(Query(q, TODAY, followup="一天，3 位放射師", expected=("daily_screenings_on_van",)))[0]
    assert e.args == {"daily_screenings_on_van": 120, "radiographers_on_van": 3}


def test_radiographer_volume_over_the_van_cap_with_no_head_count_asks_for_it():
    e = candidates(Query("Is 95 screenings in one day on our van OK?", TODAY))[0]
    assert e.tool == "hpa_radiographer_volume" and e.args == {"daily_screenings_on_van": 95}
    assert [n.key for n in e.needs] == ["radiographers_on_van"]


def test_tsir_renewal_items_clause_by_clause_with_the_fields_the_item_model_asks_for():
    e = candidates(Query("non-SCI case report 一作 3 篇、其他作者 2 篇，國內 e-poster 2 次，教育積分 100，換證差幾分", TODAY))[0]
    assert e.tool == "tsir_renewal_check" and e.complete
    assert e.args["activities"] == [
        {"kind": "non_sci_case_report", "count": 3, "role": "first"},
        {"kind": "non_sci_case_report", "count": 2, "role": "other"},  # another role, the same kind of paper
        {"kind": "oral_or_eposter", "count": 2, "scope": "domestic"},  # a scope, no role: what the item model asks
    ]
    assert e.args["cme_points"] == 100


def test_tsir_renewal_a_subset_item_is_carved_out_of_the_one_before_it():
    e = candidates(Query("SCI 3 篇都是第一作者，其中 1 篇是 case report；放射線專科教育積分 120，總共幾分？", TODAY))[0]
    assert e.args["activities"] == [{"kind": "sci_full_article", "count": 2, "role": "first"},
                                    {"kind": "sci_case_report", "count": 1, "role": "first"}]


def test_tsir_renewal_a_field_missing_for_a_kind_is_asked():
    e = candidates(Query("指導老師換證：SCI 全文 2 篇、演講 3 次，積分夠嗎？", TODAY))[0]
    assert e.tool == "tsir_renewal_check" and [n.key for n in e.needs] == ["role", "scope"]


def test_tsir_renewal_a_period_between_label_and_number_is_no_figure():
    e = candidates(Query("我放射線專科醫師教育積分六年內已經 260 分了，指導老師換證 OK 吧？", TODAY))[0]
    assert e.tool == "tsir_renewal_check" and e.args["cme_points"] == 260  # was 6, from 六年內


def test_tsir_renewal_turning_60_on_a_day_is_a_birth_date():
    e = candidates(Query("I turn 60 on 2027-02-01. Can I apply for a lifetime instructor certificate on 2027-01-15?", TODAY))[0]
    assert e.args == {"activities": [], "birth_date": "1967-02-01", "application_date": "2027-01-15"}


def test_tsir_eligibility_cases_by_technique_add_up_per_domain_one_call_each():
    e = candidates(Query("消融：微波 90、RFA 70，血管介入 PTA 120 例，專科 9 年，兩個領域都能申請指導老師嗎？", TODAY))[0]
    assert e.tool == "tsir_instructor_eligibility" and e.complete
    calls = [e.args, *e.extra_calls]
    assert {c["domain"]: c["cases_last_6_years"] for c in calls} == {"ablation": 160, "vascular_intervention": 120}
    assert all(c["years_as_specialist"] == 9 for c in calls)


def test_tsir_eligibility_a_stated_total_is_the_domains_total_not_another_part():
    e = candidates(Query("TACE 180、TARE 120，共 300 例，專科 10 年，可以申請腫瘤栓塞指導老師嗎？", TODAY))[0]
    assert e.args["domain"] == "tumor_embolization" and e.args["cases_last_6_years"] == 300


def test_tsir_eligibility_the_lecture_path_makes_the_missing_facts_not_matter():
    e = candidates(Query("我在消融相關會議演講過 3 次，可以申請消融指導老師嗎？", TODAY))[0]
    assert e.tool == "tsir_instructor_eligibility" and e.complete
    assert e.args["lectures_in_domain"] == 3 and e.args["cases_last_6_years"] == 0 and e.args["years_as_specialist"] == 0
    assert len(e.notes) == 2  # both zeros are said, never silent


def test_tsir_eligibility_asks_the_domain_before_its_cases():
    e = candidates(Query("我想申請指導老師，專科 10 年", TODAY))[0]
    assert e.tool == "tsir_instructor_eligibility" and [n.key for n in e.needs] == ["domain"]


def test_tsa_renewal_six_yearly_figures_or_one_figure_each_year():
    e = candidates(Query("六年積分 120、100、110、90、100、95 可以展延嗎？", TODAY))[0]
    assert e.tool == "tsa_renewal_check" and e.args == {"yearly_credits": [120, 100, 110, 90, 100, 95]}
    e = candidates(Query("外科專科證書展延，我每年都 100 分，夠嗎？", TODAY))[0]
    assert e.args == {"yearly_credits": [100] * 6}


def test_tsa_renewal_dates_are_no_yearly_figures():
    e = candidates(Query("my credits for years 1-6 are 100, 110, 95, 105, 90, 120 — can I renew? and the cert was issued "
                         "2021-06-30, when's the window?", TODAY))
    renewal = next(c for c in e if c.tool == "tsa_renewal_check")
    assert renewal.args["yearly_credits"] == [100, 110, 95, 105, 90, 120]  # was 105, 90, 120, 2021, 6, 30


def test_tsa_renewal_five_years_given_asks_for_the_sixth_and_a_mission_in_years_is_months():
    e = candidates(Query("前五年 120、100、110、90、100，今年還沒結算，這樣能展延嗎？", TODAY))[0]
    assert e.tool == "tsa_renewal_check" and [n.key for n in e.needs] == ["yearly_credits"] and "120、100" in e.needs[0].zh
    e = candidates(Query("六年積分 100、100、100、100、50、50，其中駐外醫療團 1 年，可以展延嗎？", TODAY))[0]
    assert e.args["overseas_mission_months"] == 12

def test_a_subset_number_is_the_part_the_slot_names():
    e = candidates(Query("我有 SCI 三篇，其中兩篇我是通訊作者，一篇是第三作者。消融個案才 50 例、專科 5 年，可以申請消融指導老師嗎？", TODAY))[0]
    assert e.tool == "tsir_instructor_eligibility" and e.args["sci_first_or_corresponding"] == 2


def test_a_flag_the_person_does_not_remember_is_asked():
    e = candidates(Query("這次陽性複判差異 53%、陰性 9%，前次審查有沒有被要求我不記得了，會不會被停權？", TODAY))[0]
    assert e.tool == "hpa_reread_action" and "previously_required" not in e.args
    assert [n.key for n in e.needs] == ["previously_required"]


def test_a_cr_unit_without_its_cr_item_is_asked_for_it():
    e = candidates(Query("我們是 CR 系統，實測劑量 90、假體 88、壓迫 86、照野 91、閱片 87，這樣是全 A 嗎？", TODAY))[0]
    assert e.tool == "hpa_qc_grade" and [n.key for n in e.needs] == ["exposure_index_cr"]
    dr = candidates(Query("我們是 DR，劑量 90、假體 88、壓迫 86、照野 91、閱片 87，這樣是全 A 嗎？", TODAY))[0]
    assert dr.complete


def test_the_reply_to_a_flag_question_answers_it():
    q = "這次陽性複判差異 53%、陰性 9%，前次審查有沒有被要求我不記得了，會不會被停權？"
    e = candidates(Query(q, TODAY, followup="有，上次就被要求過", expected=("previously_required",)))[0]
    assert e.tool == "hpa_reread_action" and e.args["previously_required"] is True and e.complete
    e = candidates(Query(q, TODAY, followup="沒有", expected=("previously_required",)))[0]
    assert e.args.get("previously_required", False) is False and e.complete


@pytest.mark.parametrize("question", [
    "外專證書這六年的積分：第一年120、第二年95、第三年0、第四年180、第五年150、第六年110，合計655，可以展延嗎？",
    "credits by year 2021-2026: 120, 95, 0, 180, 150, 110 — total 655. renewal ok?",
    "幫我確認：第一年到第六年是 120、95、0、180、150、110，剛好655對吧？能展延嗎",
])
def test_a_stated_total_or_a_check_is_not_one_more_year(question):
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.extraction.args["yearly_credits"] == [120, 95, 0, 180, 150, 110]


@pytest.mark.parametrize(("question", "args"), [
    # 換指導老師證: renewing, in other words
    ("SCI 第一作者 full article 三篇，就這些，夠換指導老師證嗎？", {"activities": [{"kind": "sci_full_article", "count": 3, "role": "first"}]}),
    # 打算 D 送…換證: the date the application goes in (never today instead)
    ("我55年4月2日生，打算115年5月1日送指導老師換證，還需要湊200分嗎？",
     {"birth_date": "1966-04-02", "application_date": "2026-05-01", "activities": []}),
])
def test_the_instructor_renewal_in_other_words(question, args):
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.extraction.tool == "tsir_renewal_check" and d.extraction.args == args


@pytest.mark.parametrize("question", ["疑似陽性 300 案，其中 95 案沒完成追蹤，補助 300 萬，要扣多少",
                                      "300 suspected positives, 95 not completed, subsidy NT$3M. deduction?"])
def test_a_negated_count_is_what_it_leaves_of_the_total(question, engine):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["completed_cases"] == 205
    assert any("300 − 95 = 205" in x for x in a.assumptions)  # the reading is shown


def test_a_negated_count_without_a_total_is_asked_about():
    d = decide_calculation(Query("其中 95 案沒完成追蹤，補助 300 萬，要扣多少", TODAY))
    assert d is not None and "completed_cases" not in d.extraction.args


def test_two_kinds_named_in_one_question_are_asked_about_not_merged():
    # self-selected AND sampled scores in one message: never one list of all of them
    d = decide_calculation(Query("阿珍自選片兩組分別三百五十九、三百六十二，抽選片兩組 360、359。各是幾等？", TODAY))
    assert d is not None and d.route == "clarify" and "kind" in [n.key for n in d.extraction.needs]


@pytest.mark.parametrize(("question", "needs"), [
    ("Positive re-read discrepancy 53%. Does she get suspended for three months?",
     ["negative_discrepancy_pct", "previously_required"]),  # the other rate too: it can make it stricter
    ("陽性複判差異 53%、陰性 4%，會被停權嗎？", ["previously_required"]),
    ("陽性複判差異 53%，陰性 6%，前次沒有被要求，會被停權嗎？", []),  # stated: read, not asked
])
def test_the_fact_a_suspension_turns_on_is_asked_when_the_question_asks_about_it(question, needs):
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and [n.key for n in d.extraction.needs] == needs


@pytest.mark.parametrize(("question", "count"), [("小美這個月拍了 523 案，超過上限了嗎", 523),
                                                 ("One of our radiographers did 550 in October. Over the monthly cap?", 550)])
def test_a_months_count_against_a_cap_is_a_radiographers(question, count):
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.extraction.tool == "hpa_radiographer_volume" and d.extraction.args["monthly_screenings"] == count
