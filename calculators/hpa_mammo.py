"""預防保健服務之乳房 X 光攝影醫療機構資格後續審查作業 (hpa-mammo): grades, volumes, deductions, deadlines.

The `measures` texts quote the regulation verbatim (knowledge/sources/hpa-mammo.txt, artefacts removed);
a test checks every quote against the source.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag, field_validator, model_validator

from calculators.common import (
    MONTH_ARITHMETIC,
    TAG_PREFIX,
    Assumption,
    CalcInput,
    CalcResult,
    Number,
    Trace,
    add_months,
    exact,
    fmt,
    in_lang,
    num,
    round_half_up,
)
from calculators.errors import FieldProblem
from calculators.labels import titled, ui

DOC = "hpa-mammo"
Grade = Literal["A", "B", "C", "D"]
GRADE_ORDER = "ABCD"


@dataclass(frozen=True)
class Band:
    """A grade band: scores at or above `floor` (and below the next band's floor)."""

    floor: int
    grade: str
    shown: str  # how the regulation's table prints it


def _grade(score: Fraction, bands: tuple[Band, ...]) -> Band:
    for band in bands:
        if score >= band.floor:
            return band
    return bands[-1]


def _in_gap(score: Fraction, bands: tuple[Band, ...]) -> bool:
    """True between the integer ends of two printed bands (e.g. 359 < s < 360): where the half-open reading decides."""
    return score.denominator != 1 and any(band.floor - 1 < score < band.floor for band in bands if band.floor > 0)


HALF_OPEN_IMAGE_BANDS = Assumption(
    "評等表以整數列示分數區間（A 360 分以上、B 340-359 分、C 320-339 分、D 未達 320 分）；非整數分數依半開區間判定"
    "（B 等為 340 分以上、未達 360 分，依此類推），例如 359.5 分屬 B 等。",
    "The grade table prints integer ranges (A 360+, B 340-359, C 320-339, D below 320); a non-integer score is graded "
    "by half-open bands (B is 340 or more and below 360, and so on), so 359.5 is B.",
)
HALF_OPEN_QC_BANDS = Assumption(
    "評等表以整數列示分數區間（A 85 分以上、B 77-84 分、C 70-76 分、D 未達 70 分）；非整數分數依半開區間判定"
    "（B 等為 77 分以上、未達 85 分，依此類推），例如 84.99 分屬 B 等。",
    "The grade table prints integer ranges (A 85+, B 77-84, C 70-76, D below 70); a non-integer score is graded by "
    "half-open bands (B is 77 or more and below 85, and so on), so 84.99 is B.",
)

# ---------------------------------------------------------------- hpa_image_grade

IMAGE_BANDS = (Band(360, "A", "360 分以上"), Band(340, "B", "340-359 分"), Band(320, "C", "320-339 分"),
               Band(0, "D", "未達 320 分"))
RADIOGRAPHER_TABLE = "hpa-mammo/2.1.2.2.1"  # 二(一)2(2)甲 評等表
RADIOGRAPHER_SELF_NOTE = "hpa-mammo/2.1.2.2.1.n1"  # 以 2 組自選片分數較低組為評等結果
RADIOGRAPHER_SAMPLED_NOTE = "hpa-mammo/2.1.2.2.1.n2"  # 抽片平均成績
RADIOGRAPHER_MEASURES = "hpa-mammo/2.1.2.2.2"  # 二(一)2(2)乙 輔導措施
FACILITY_TABLE = "hpa-mammo/2.3.1"
FACILITY_SELF_NOTE = "hpa-mammo/2.3.1.n1"  # 各類型選分數最高之 1 組，取較低者
FACILITY_SAMPLED_NOTE = "hpa-mammo/2.3.1.n2"
FACILITY_MEASURES = "hpa-mammo/2.3.2"


def image_grade_rules(subject: str | None, kind: str | None) -> list[str]:
    """The clauses that grade an image evaluation of this subject and kind: the note saying which score is graded
    (the lower set, the facility's best sets, the sampled average), then the subject's grade table. A part not known
    yet (a question back asking it) leaves out what it decides: both tables when the subject is not known."""
    if subject not in ("radiographer", "facility"):
        return [RADIOGRAPHER_TABLE, FACILITY_TABLE]
    radiographer = subject == "radiographer"
    notes = {"self_selected": RADIOGRAPHER_SELF_NOTE if radiographer else FACILITY_SELF_NOTE,
             "sampled": RADIOGRAPHER_SAMPLED_NOTE if radiographer else FACILITY_SAMPLED_NOTE}
    return [*([notes[kind]] if kind in notes else []), RADIOGRAPHER_TABLE if radiographer else FACILITY_TABLE]

RADIOGRAPHER_MEASURE_TEXT: dict[str, tuple[str, str]] = {
    "A": ("各項目皆 A 等：定期接受後續審查。", "All items A: regular follow-up review."),
    "B": (
        "任一項 B 等：應於下次後續審查前參加示範醫院乳攝品管討論會，未參加者應停止攝影並於參加後恢復，"
        "但如其服務醫院下次後續審查間隔大於一年者，應於一年內參加。",
        "Any item B: attend a demonstration hospital's mammography QC meeting before the next follow-up review; "
        "otherwise stop taking mammograms until attended (within one year if the hospital's next review is more "
        "than a year away).",
    ),
    "C": (
        "任一項 C 等：應於下次後續審查前參加示範醫院乳攝品管討論會及 40 小時乳攝訓練，未參加者應停止攝影並於參加後恢復，"
        "但如其服務醫院下次後續審查間隔大於一年者，應於一年內參加。",
        "Any item C: attend the QC meeting and 40 hours of mammography training before the next follow-up review; "
        "otherwise stop taking mammograms until attended (within one year if the next review is more than a year away).",
    ),
    "D": (
        "任一項 D 等：立即停止攝影，待參加示範醫院乳攝品管討論會及 40 小時乳攝訓練後始恢復資格。",
        "Any item D: stop taking mammograms at once; the qualification returns after the QC meeting and 40 hours "
        "of mammography training.",
    ),
}
FACILITY_MEASURE_TEXT = (
    "臨床影像評估任一項評等結果列 B、C、D 等者，負責醫師及負責放射師須分別於下次後續審查或重新申請資格審查前"
    "完成參加示範醫院乳攝品管討論會，如醫院下次後續審查間隔大於一年者，應於一年內參加，違者取消機構資格。",
    "Any clinical image evaluation graded B, C or D: the responsible physician and the responsible radiographer "
    "each attend a demonstration hospital's mammography QC meeting before the next follow-up review or "
    "re-application (within one year if the next review is more than a year away), or the facility loses its "
    "qualification.",
)

# A set score beyond 1,000 is no reading of the grading (its thresholds lie between 320 and 360).
Score = Annotated[float, Field(ge=0, le=1000)]


class SetScores(CalcInput):
    """Self-selected set scores by breast type."""

    model_config = titled("自選片分數（依乳房類型）", "Self-selected sets by breast type")

    non_dense: list[Score] = Field(min_length=1, description="Scores of non-dense (非緻密型) sets",
        json_schema_extra=ui("非緻密型各組分數", "Non-dense set scores", item_zh="非緻密型第 {n} 組", item_en="Non-dense set {n}"),
    )
    dense: list[Score] = Field(min_length=1, description="Scores of dense (緻密型) sets",
        json_schema_extra=ui("緻密型各組分數", "Dense set scores", item_zh="緻密型第 {n} 組", item_en="Dense set {n}"),
    )

    @field_validator("non_dense", "dense", mode="before")
    @classmethod
    def _one_number(cls, value: Any) -> Any:
        return [value] if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def _scores_shape(value: Any) -> str | None:
    if isinstance(value, (list, tuple)):
        return f"{TAG_PREFIX}list"
    if isinstance(value, (dict, SetScores)):
        return f"{TAG_PREFIX}sets"
    return None


Scores = Annotated[
    Annotated[list[Score], Tag(f"{TAG_PREFIX}list")] | Annotated[SetScores, Tag(f"{TAG_PREFIX}sets")],
    Discriminator(
        _scores_shape,
        custom_error_type="scores_shape",
        custom_error_message="a list of scores, or {non_dense: [...], dense: [...]}",
    ),
]


class ImageGradeInput(CalcInput):
    """A clinical image evaluation to grade."""

    model_config = titled("臨床影像評估評等", "Image evaluation grade", "乳攝臨床影像評估是哪一等？", "Which grade is this clinical image evaluation?")

    subject: Literal["radiographer", "facility"] = Field(description="Whose evaluation: radiographer or facility",
        json_schema_extra=ui("受評對象", "Whose evaluation", choices={"radiographer": ("放射師（士）", "radiographer"), "facility": ("醫療機構", "facility")}),
    )
    kind: Literal["self_selected", "sampled"] = Field(description="self_selected (自選片) or sampled (抽選片)",
        json_schema_extra=ui("評估方式", "Evaluation", choices={"self_selected": ("自選片", "self-selected"), "sampled": ("抽選片", "sampled")}),
    )
    scores: Scores = Field(
        description=(
            "Radiographer self_selected: the two set scores [non_dense, dense] (or {non_dense: x, dense: y}); "
            "facility self_selected: {non_dense: [...], dense: [...]} with the set scores of all its radiographers; "
            "sampled: the list of sampled scores (averaged)"
        ),
        json_schema_extra=ui("分數", "Scores", item_zh="分數 {n}", item_en="Score {n}",
                              list_zh="分數（抽選片各片分數；或放射師自選片 2 組：非緻密型、緻密型）",
                              list_en="Scores (each sampled score; or a radiographer's two sets: non-dense, dense)", hint_zh="抽選片：各片分數；放射師自選片：非緻密型、緻密型各 1 組；機構自選片：分填非緻密型與緻密型各組分數", hint_en="Sampled: each score; a radiographer's self-selected: one non-dense and one dense set; a facility's self-selected: the set scores by type"),
    )

    @model_validator(mode="after")
    def _shape(self) -> ImageGradeInput:
        s = self.scores
        if self.kind == "sampled":
            if not isinstance(s, list):
                raise FieldProblem("scores", "a list of the sampled scores for a sampled evaluation")
            if not s:
                raise FieldProblem("scores", "at least one score", s)
        elif self.subject == "radiographer":
            if isinstance(s, list) and len(s) != 2:
                raise FieldProblem("scores", "exactly 2 set scores [non_dense, dense] for a radiographer's "
                                             "self-selected evaluation", s)
            if isinstance(s, list):  # one canonical form: [372, 351] and {non_dense: 372, dense: 351} are one input
                self.scores = SetScores(non_dense=[s[0]], dense=[s[1]])
                s = self.scores
            if isinstance(s, SetScores) and (len(s.non_dense) != 1 or len(s.dense) != 1):
                raise FieldProblem("scores", "one non_dense and one dense set score for a radiographer's "
                                             "self-selected evaluation", s)
        elif not isinstance(s, SetScores):
            raise FieldProblem("scores", "{non_dense: [...], dense: [...]} for a facility's self-selected evaluation", s)
        return self


class ImageGradeResult(CalcResult):
    score_used: Number = Field(description="The score the grade is based on")
    grade: Grade
    measures: list[str] = Field(description="The counselling measures of that grade, quoted verbatim")
    measures_en: list[str] = Field(default_factory=list, description="English rendering of the measures")

    def measure_lines(self, lang: str) -> list[str]:
        return list(in_lang(self.measures, self.measures_en, lang))


def _measure_step(trace: Trace, zh: str, en: str, rule: str) -> None:
    trace.step(f"輔導措施：{zh}", f"Counselling measure: {en}", rule)


def hpa_image_grade(args: ImageGradeInput) -> ImageGradeResult:
    """Grade a mammography clinical image evaluation (A/B/C/D) for a radiographer or a facility, with its measures.

    Args:
        args: subject (radiographer or facility), kind (self_selected or sampled) and scores.
    """
    trace = Trace()
    radiographer = args.subject == "radiographer"
    who_zh, who_en = ("放射師（士）", "radiographer") if radiographer else ("醫療機構", "facility")
    s = args.scores
    if args.kind == "sampled":
        assert isinstance(s, list)
        values = [exact(v) for v in s]
        score = sum(values, Fraction(0)) / len(values)
        shown = " + ".join(fmt(v) for v in values)
        trace.step(
            f"{who_zh}抽選片平均：({shown}) / {len(values)} = {fmt(score)} 分" if len(values) > 1
            else f"{who_zh}抽選片成績：{fmt(score)} 分",
            f"{who_en.capitalize()} sampled average: ({shown}) / {len(values)} = {fmt(score)}" if len(values) > 1
            else f"{who_en.capitalize()} sampled score: {fmt(score)}",
            RADIOGRAPHER_SAMPLED_NOTE if radiographer else FACILITY_SAMPLED_NOTE,
        )
    elif radiographer:
        non_dense, dense = (s[0], s[1]) if isinstance(s, list) else (s.non_dense[0], s.dense[0])
        score = min(exact(non_dense), exact(dense))
        trace.step(
            f"自選片 2 組：非緻密型 {fmt(non_dense)} 分、緻密型 {fmt(dense)} 分 → 以較低組為評等結果：{fmt(score)} 分",
            f"Two self-selected sets: non-dense {fmt(non_dense)}, dense {fmt(dense)} → the lower set grades: {fmt(score)}",
            RADIOGRAPHER_SELF_NOTE,
        )
    else:
        assert isinstance(s, SetScores)
        best_nd, best_d = max(exact(v) for v in s.non_dense), max(exact(v) for v in s.dense)
        score = min(best_nd, best_d)
        trace.step(
            f"各類型選分數最高之 1 組代表醫療機構：非緻密型 {fmt(best_nd)} 分（{len(s.non_dense)} 組中最高）、"
            f"緻密型 {fmt(best_d)} 分（{len(s.dense)} 組中最高）→ 取較低者 {fmt(score)} 分",
            f"The best set of each type represents the facility: non-dense {fmt(best_nd)} (best of {len(s.non_dense)}), "
            f"dense {fmt(best_d)} (best of {len(s.dense)}) → the lower: {fmt(score)}",
            FACILITY_SELF_NOTE,
        )
    band = _grade(score, IMAGE_BANDS)
    if _in_gap(score, IMAGE_BANDS):
        trace.assume(HALF_OPEN_IMAGE_BANDS)
    trace.step(
        f"{fmt(score)} 分 → {band.grade} 等（{band.shown}；A 360 分以上、B 340-359、C 320-339、D 未達 320）",
        f"{fmt(score)} → grade {band.grade} (A ≥ 360, B 340 to < 360, C 320 to < 340, D < 320)",
        RADIOGRAPHER_TABLE if radiographer else FACILITY_TABLE,
    )
    measures: list[tuple[str, str]] = []
    if radiographer:
        measures.append(RADIOGRAPHER_MEASURE_TEXT[band.grade])
        _measure_step(trace, *measures[0], RADIOGRAPHER_MEASURES)
    elif band.grade != "A":
        measures.append(FACILITY_MEASURE_TEXT)
        _measure_step(trace, *FACILITY_MEASURE_TEXT, FACILITY_MEASURES)
    else:
        trace.step("A 等：二(三)2 輔導措施僅針對 B、C、D 等，無須採取措施", "Grade A: the measures of 2.3.2 cover B, C and D only; none applies",
                   FACILITY_MEASURES)
    return ImageGradeResult(
        score_used=num(score), grade=band.grade, measures=[m[0] for m in measures],
        measures_en=[m[1] for m in measures], **trace.fields(),
    )


# ---------------------------------------------------------------- hpa_qc_grade

QC_BANDS = (Band(85, "A", "85 分以上"), Band(77, "B", "77-84 分"), Band(70, "C", "70-76 分"), Band(0, "D", "未達 70 分"))
QC_TABLE = "hpa-mammo/2.2.1.1"
QC_PER_UNIT_NOTE = "hpa-mammo/2.2.1.1.n1"  # 備註：每台分別計算各項成績，CR 須加測曝露指標
QC_MEASURES = "hpa-mammo/2.2.1.2"
QcItem = Literal["dose_hvl_output_aec", "phantom_image", "compression", "exposure_index_cr", "field_alignment",
                 "reading_system"]
# The QC items' names (zh, en): the one table the calculator, the extractors and the answers use.
QC_ITEMS: dict[str, tuple[str, str]] = {
    "dose_hvl_output_aec": ("平均乳腺輻射劑量與半值層、輻射輸出與自動曝露控制系統再現性",
                            "mean glandular dose and HVL, output and AEC reproducibility"),
    "phantom_image": ("假體影像分析", "phantom image analysis"),
    "compression": ("壓迫裝置測試", "compression device test"),
    "exposure_index_cr": ("曝露指標之確認(CR)", "exposure index check (CR)"),
    "field_alignment": ("胸壁側輻射照野與影像接收裝置一致性", "chest-wall field and image receptor alignment"),
    "reading_system": ("閱片系統評估", "reading system evaluation"),
}
QC_MEASURE_TEXT: dict[str, tuple[str, str]] = {
    "A": ("各項目皆 A 等：定期接受後續審查。", "All items A: regular follow-up review."),
    "BC": (
        "任一項 B 或 C 等：若係人為因素導致，負責醫師及負責放射師須分別於下次後續審查前完成參加示範醫院乳攝品管討論會，"
        "違者取消醫療機構資格。",
        "Any item B or C: if caused by human factors, the responsible physician and the responsible radiographer each "
        "attend a demonstration hospital's mammography QC meeting before the next follow-up review, or the facility "
        "loses its qualification.",
    ),
    "D": (
        "任一項 D 等：未符合標準，不得用於本署預防保健婦女乳房 X 光攝影檢查，須經再次實地測試通過後，始得恢復使用，"
        "若所有乳房 X 光攝影儀皆未通過複測，取消醫療機構資格。另，若係人為因素導致，負責醫師及負責放射師皆須於下次"
        "後續審查或重新申請資格審查前完成參加示範醫院乳攝品管討論會，如醫院下次後續審查間隔大於一年者，應於一年內參加，"
        "違者取消醫療機構資格。",
        "Any item D: below standard; the unit may not be used for HPA preventive mammography screening until a new "
        "field test passes (if no unit passes the retest, the facility loses its qualification). If caused by human "
        "factors, the responsible physician and radiographer also attend the QC meeting before the next review or "
        "re-application (within one year if the next review is more than a year away).",
    ),
}


class QcGradeInput(CalcInput):
    """Field QC test scores of one mammography unit."""

    model_config = titled("乳攝儀實地測試評等", "QC field test grades", "乳房 X 光攝影儀實地測試是哪一等？", "Which grades did the mammography unit's QC field test get?")

    scores: dict[QcItem, Annotated[float, Field(ge=0, le=100)]] = Field(
        min_length=1,
        description=(
            "Score 0-100 per item: dose_hvl_output_aec, phantom_image, compression, exposure_index_cr (CR systems "
            "only), field_alignment, reading_system"
        ),
        json_schema_extra=ui("各項測試分數", "Test scores", hint_zh="0–100；曝露指標僅 CR 系統", hint_en="0–100; the exposure index only for CR systems", choices=QC_ITEMS),
    )
    human_factor: bool | None = Field(
        None, description="Whether a B, C or D grade was caused by human factors (omit if unknown)",
        json_schema_extra=ui("是否為人為因素", "Caused by human factors", hint_zh="B、C、D 等是否因人為因素；不確定可留空", hint_en="Whether a B, C or D grade was caused by human factors; leave empty if unknown"),
    )


class QcGradeResult(CalcResult):
    grades: dict[str, Grade] = Field(description="Grade per item")
    worst: Grade
    measures: list[str] = Field(description="The counselling measures that apply, quoted verbatim")
    measures_en: list[str] = Field(default_factory=list)
    unit_suspended: bool = Field(description="Any D: the unit may not be used for HPA screening until a retest passes")
    human_factor_needed: bool = Field(
        False, description="A B or C grade is present but human_factor was not given (the measure depends on it)"
    )

    def measure_lines(self, lang: str) -> list[str]:
        return list(in_lang(self.measures, self.measures_en, lang))


def hpa_qc_grade(args: QcGradeInput) -> QcGradeResult:
    """Grade the field QC tests of one mammography unit (A/B/C/D per item) and give the measures that apply.

    Args:
        args: scores per item (0-100) and human_factor (whether a low grade was caused by human factors).
    """
    trace = Trace()
    grades: dict[str, str] = {}
    gap = False
    for item, value in args.scores.items():
        score = exact(value)
        band = _grade(score, QC_BANDS)
        gap |= _in_gap(score, QC_BANDS)
        grades[item] = band.grade
        zh, en = QC_ITEMS[item]
        trace.step(f"{zh}：{fmt(score)} 分 → {band.grade} 等（{band.shown}）", f"{en}: {fmt(score)} → {band.grade}",
                   QC_TABLE)
    trace.cite(QC_PER_UNIT_NOTE)
    if gap:
        trace.assume(HALF_OPEN_QC_BANDS)
    worst = max(grades.values(), key=GRADE_ORDER.index)
    present = set(grades.values())
    measures: list[tuple[str, str]] = []
    human_needed = False
    if present == {"A"}:
        measures.append(QC_MEASURE_TEXT["A"])
    if present & {"B", "C"}:
        if args.human_factor is False:
            trace.step("B 或 C 等非人為因素導致 → 二(二)1(2) 任一項 B 或 C 等之輔導措施不適用",
                       "B or C not caused by human factors → the B/C measure does not apply", QC_MEASURES)
        else:
            measures.append(QC_MEASURE_TEXT["BC"])
            human_needed = args.human_factor is None
    if "D" in present:
        measures.append(QC_MEASURE_TEXT["D"])
    for zh, en in measures:
        _measure_step(trace, zh, en, QC_MEASURES)
    if human_needed:
        trace.step("是否為人為因素導致未提供：B、C 等之輔導措施僅於人為因素導致時適用",
                   "Whether human factors caused it was not given: the B/C measure applies only if they did", QC_MEASURES)
    return QcGradeResult(
        grades=grades, worst=worst, measures=[m[0] for m in measures], measures_en=[m[1] for m in measures],
        unit_suspended="D" in present, human_factor_needed=human_needed, **trace.fields(),
    )


# ---------------------------------------------------------------- hpa_reread_action

Tier = Literal["none", "recommended", "required", "stop", "stop_and_suspend"]
TIER_ORDER: tuple[str, ...] = ("none", "recommended", "required", "stop", "stop_and_suspend")


@dataclass(frozen=True)
class RereadTier:
    tier: str
    rule: str
    mark: str  # 甲乙丙丁
    text: str
    text_en: str


REREAD_PARENT = "hpa-mammo/2.1.1.2"
# A rate under every tier is measured against 甲's floor (40% / 7%): its step cites 甲, the item saying that floor
REREAD_FLOOR = "hpa-mammo/2.1.1.2.1"
REREAD_TIERS: dict[str, RereadTier] = {
    "recommended": RereadTier(
        "recommended", "hpa-mammo/2.1.1.2.1", "甲",
        "疑似陽性個案複判差異介於 40% - 50% 或陰性個案複判差異介於 7% - 15%，建議於下次後續審查前參加示範醫院判片座談會"
        "及個案討論會。",
        "Positive discrepancy 40-50% or negative 7-15%: recommended to attend a demonstration hospital's reading "
        "seminar and case conference before the next follow-up review.",
    ),
    "required": RereadTier(
        "required", "hpa-mammo/2.1.1.2.2", "乙",
        "疑似陽性個案複判差異介於 50% - 60%或陰性個案複判差異介於 15% - 20%，應於下次後續審查前參加示範醫院判片座談會"
        "及個案討論會，並須通過跑片考試，始得繼續判讀；未參加者應停止判讀並於參加後恢復，但如其服務醫院下次後續審查間隔"
        "大於一年者，應於一年內參加。",
        "Positive discrepancy over 50% up to 60% or negative over 15% up to 20%: must attend the reading seminar and "
        "case conference before the next follow-up review and pass the reading exam to keep reading; otherwise stop "
        "reading until attended (within one year if the next review is more than a year away).",
    ),
    "stop": RereadTier(
        "stop", "hpa-mammo/2.1.1.2.3", "丙",
        "疑似陽性個案複判差異超過 60%或陰性個案複判差異超過 20%，立即停止判讀，待參加示範醫院判片座談會及個案討論會，"
        "並通過跑片考試後，始恢復判讀資格。",
        "Positive discrepancy over 60% or negative over 20%: stop reading at once; reading resumes after the seminar, "
        "the case conference and a passed reading exam.",
    ),
    "stop_and_suspend": RereadTier(
        "stop_and_suspend", "hpa-mammo/2.1.1.2.4", "丁",
        "如前次後續審查已要求須參加示範醫院判片座談會及個案討論會，本次後續審查疑似陽性個案複判差異超過 50%或陰性個案"
        "複判差異超過 15%，立即停止判讀，並停權三個月，待參加示範醫院判片座談會及個案討論會，並通過跑片考試後，"
        "始恢復判讀資格。",
        "Already required at the previous review, and now positive over 50% or negative over 15%: stop reading at "
        "once, suspended for three months; reading resumes after the seminar, the case conference and a passed exam.",
    ),
}
# The tiers' names (zh, en): the one table the calculator and the answers use; marks 甲乙丙丁 in REREAD_TIERS.
TIER_NAMES: dict[str, tuple[str, str]] = {
    "none": ("未達輔導標準，無須處置", "below every threshold: no action"),
    "recommended": ("建議參加判片座談會及個案討論會", "recommended to attend the reading seminar and case conference"),
    "required": ("應於下次後續審查前參加判片座談會及個案討論會，並須通過跑片考試",
                 "must attend the seminar and case conference before the next review and pass the reading exam"),
    "stop": ("立即停止判讀", "must stop reading now"),
    "stop_and_suspend": ("立即停止判讀並停權三個月", "must stop reading now and is suspended for 3 months"),
}


# What each tier holds for the reader, by consequence (the tiers' texts above): True — it holds; False — it does not; None
# — it holds only on a condition (乙: reading goes on if the seminar is attended and the exam passed before the next review).
# "attend": attending the seminar and case conference is required (甲 only recommends it); "exam": the reading exam must
# be passed; "stop": reading stops; "suspended": suspended for three months.
REREAD_CONSEQUENCES: dict[str, dict[str, bool | None]] = {
    "none": {"reading": True, "stop": False, "attend": False, "exam": False, "suspended": False},
    "recommended": {"reading": True, "stop": False, "attend": False, "exam": False, "suspended": False},
    "required": {"reading": None, "stop": None, "attend": True, "exam": True, "suspended": False},
    "stop": {"reading": False, "stop": True, "attend": True, "exam": True, "suspended": False},
    "stop_and_suspend": {"reading": False, "stop": True, "attend": True, "exam": True, "suspended": True},
}


def tier_name(tier: str, lang: str) -> str:
    """A tier's name with its mark: 建議參加判片座談會及個案討論會（甲） / recommended … (甲); unknown tiers as given."""
    if tier not in TIER_NAMES:
        return tier
    zh, en = TIER_NAMES[tier]
    mark = REREAD_TIERS[tier].mark if tier in REREAD_TIERS else ""
    if lang == "zh-TW":
        return f"{zh}（{mark}）" if mark else zh
    return f"{en} ({mark})" if mark else en


# (threshold over which the tier applies, tier) per discrepancy type, strictest first; 甲 is inclusive of its floor.
POSITIVE_LIMITS = {"recommended": 40, "required": 50, "stop": 60}
NEGATIVE_LIMITS = {"recommended": 7, "required": 15, "stop": 20}

SHARED_BOUNDARY = Assumption(
    "甲款「介於 40% - 50%」（陰性 7% - 15%）與乙款「介於 50% - 60%」（陰性 15% - 20%）共用 50%（15%）這個端點；"
    "恰為 50%（15%）時依甲款（建議參加）判定。",
    "甲 (“40%-50%”, negative “7%-15%”) and 乙 (“50%-60%”, negative “15%-20%”) share the 50% (15%) end; a value of "
    "exactly 50% (15%) is read as 甲 (attendance recommended).",
)


def _tier(value: Fraction, limits: dict[str, int], boundary_as_required: bool = False) -> str:
    if value > limits["stop"]:
        return "stop"
    if value > limits["required"] or (boundary_as_required and value == limits["required"]):
        return "required"
    if value >= limits["recommended"]:
        return "recommended"
    return "none"

# SPEC: previously_required defaults to false; a stated default the answer relies on is an assumption shown to the user
PREVIOUS_NOT_SAID = Assumption(
    "問題未提前次後續審查是否已要求參加判片座談會及個案討論會，依未要求判定；若前次已要求，本次超過 50%（陰性超過 15%）"
    "即屬丁款：立即停止判讀並停權三個月。",
    "The question does not say whether the previous review already required the seminar and case conference; read "
    "as not required. If it was, over 50% (negative over 15%) this time is 丁: stop reading now, suspended for three "
    "months.",
)

ONE_RATE = Assumption(
    "只提供了一項複判差異；另一項未提供，可能使結果更嚴格（兩者以較嚴格者為準）。",
    "Only one of the two discrepancy rates was given; the other one may still make the result stricter (the stricter "
    "of the two applies).",
)


class RereadActionInput(CalcInput):
    """A reader physician's re-read discrepancy rates."""

    model_config = titled("複判差異輔導措施", "Re-read discrepancy", "判讀醫師複判差異要採取什麼措施？", "What follows from a reader's re-read discrepancy?")

    positive_discrepancy_pct: float | None = Field(
        None, ge=0, le=100, description="Re-read discrepancy of suspected-positive cases, percent 0-100",
        json_schema_extra=ui("陽性個案複判差異（%）", "Positive re-read discrepancy (%)"),
    )
    negative_discrepancy_pct: float | None = Field(
        None, ge=0, le=100, description="Re-read discrepancy of negative cases, percent 0-100",
        json_schema_extra=ui("陰性個案複判差異（%）", "Negative re-read discrepancy (%)"),
    )
    previously_required: bool = Field(
        False, description="The previous follow-up review already required the seminar and case conference",
        json_schema_extra=ui("上次審查已被要求參加討論會", "Already required at the previous review", hint_zh="前次後續審查已要求參加討論會及個案研討", hint_en="The previous review already required the seminar and case conference"),
    )

    @model_validator(mode="after")
    def _some_rate(self) -> RereadActionInput:
        if self.positive_discrepancy_pct is None and self.negative_discrepancy_pct is None:
            raise FieldProblem("positive_discrepancy_pct", "give positive_discrepancy_pct and/or negative_discrepancy_pct")
        return self


class RereadActionResult(CalcResult):
    tier: Tier
    measures: list[str] = Field(description="The measure of the tier, quoted verbatim (empty for none)")
    measures_en: list[str] = Field(default_factory=list)
    rule: str | None = Field(description="Citation id of the tier's item (甲 2.1.1.2.1 … 丁 2.1.1.2.4)")
    positive_tier: Tier | None = None
    negative_tier: Tier | None = None

    def measure_lines(self, lang: str) -> list[str]:
        return list(in_lang(self.measures, self.measures_en, lang))


def _reread_tier(pos: Fraction | None, neg: Fraction | None, previous: bool, boundary_as_required: bool) -> tuple[str, str | None, str | None]:
    pt = _tier(pos, POSITIVE_LIMITS, boundary_as_required) if pos is not None else None
    nt = _tier(neg, NEGATIVE_LIMITS, boundary_as_required) if neg is not None else None
    tiers = [t for t in (pt, nt) if t]
    if previous and ((pos is not None and pos > POSITIVE_LIMITS["required"])
                     or (neg is not None and neg > NEGATIVE_LIMITS["required"])):
        tiers.append("stop_and_suspend")
    return max(tiers, key=TIER_ORDER.index), pt, nt


def reread_open_rules(args: dict, asked: list[str] | tuple[str, ...]) -> list[str]:
    """The tier clauses (甲 2.1.1.2.1 … 丁 2.1.1.2.4) a question back's missing rate still decides between: every tier from
    the strictest one the rates already read reach (at least 甲) up to 丙, and 丁 where the previous review's requirement
    is read as yes or is itself asked. A question back about a rate cites these, not only the article's head: the
    reply picks one of them."""
    if not {"positive_discrepancy_pct", "negative_discrepancy_pct"} & set(asked):
        return []
    floor = "recommended"
    for key, limits in (("positive_discrepancy_pct", POSITIVE_LIMITS), ("negative_discrepancy_pct", NEGATIVE_LIMITS)):
        value = args.get(key)
        if isinstance(value, (int, float)):
            floor = max(floor, _tier(Fraction(str(value)), limits), key=TIER_ORDER.index)
    open_ = [t for t in ("recommended", "required", "stop") if TIER_ORDER.index(t) >= TIER_ORDER.index(floor)]
    if args.get("previously_required") is True or "previously_required" in asked:
        open_.append("stop_and_suspend")
    return [REREAD_TIERS[t].rule for t in open_]


def hpa_reread_action(args: RereadActionInput) -> RereadActionResult:
    """Give the measure for a mammography reader's re-read discrepancy (positive and negative cases); the stricter tier wins.

    Args:
        args: positive_discrepancy_pct, negative_discrepancy_pct (percent) and previously_required.
    """
    trace = Trace()
    pos = exact(args.positive_discrepancy_pct) if args.positive_discrepancy_pct is not None else None
    neg = exact(args.negative_discrepancy_pct) if args.negative_discrepancy_pct is not None else None
    tier, pt, nt = _reread_tier(pos, neg, args.previously_required, False)
    alt, _, _ = _reread_tier(pos, neg, args.previously_required, True)
    if alt != tier:
        trace.assume(SHARED_BOUNDARY)
    if "previously_required" not in args.model_fields_set and _reread_tier(pos, neg, True, False)[0] != tier:
        trace.assume(PREVIOUS_NOT_SAID)
    if (pos is None or neg is None) and tier not in ("stop", "stop_and_suspend"):
        trace.assume(ONE_RATE)
    mark = {t: REREAD_TIERS[t].mark for t in REREAD_TIERS} | {"none": "未達甲款"}
    label = {t: zh for t, (zh, _) in TIER_NAMES.items()}
    if pos is not None and pt is not None:
        trace.step(f"疑似陽性個案複判差異 {fmt(pos)}% → {mark[pt]}（{label[pt]}）",
                   f"Positive discrepancy {fmt(pos)}% → {pt}", REREAD_TIERS[pt].rule if pt != "none" else REREAD_FLOOR)
    if neg is not None and nt is not None:
        trace.step(f"陰性個案複判差異 {fmt(neg)}% → {mark[nt]}（{label[nt]}）",
                   f"Negative discrepancy {fmt(neg)}% → {nt}", REREAD_TIERS[nt].rule if nt != "none" else REREAD_FLOOR)
    if args.previously_required:
        hit = tier == "stop_and_suspend"
        trace.step(
            "前次後續審查已要求參加座談會及個案討論會" + ("，本次疑似陽性超過 50% 或陰性超過 15% → 丁款" if hit
                                               else "，本次未超過 50%／15% → 丁款不適用"),
            "The previous review already required attendance" + (", and now positive > 50% or negative > 15% → 丁"
                                                                 if hit else "; now not over 50%/15% → 丁 does not apply"),
            REREAD_TIERS["stop_and_suspend"].rule,
        )
    rule = REREAD_TIERS[tier].rule if tier != "none" else None
    measures = [(REREAD_TIERS[tier].text, REREAD_TIERS[tier].text_en)] if tier != "none" else []
    trace.step(
        f"較嚴格者為準 → {mark[tier]}：{label[tier]}",
        f"The stricter tier applies → {tier}",
        rule or REREAD_PARENT,
    )
    for zh, en in measures:
        _measure_step(trace, zh, en, rule or REREAD_PARENT)
    return RereadActionResult(
        tier=tier, measures=[m[0] for m in measures], measures_en=[m[1] for m in measures], rule=rule,
        positive_tier=pt, negative_tier=nt, **trace.fields(),
    )


# ---------------------------------------------------------------- hpa_facility_volume

FACILITY_VOLUME_RULE = "hpa-mammo/2.1.2.3.2"  # 二(一)2(3)乙
DAYS_PER_YEAR = 365
CASES_PER_YEAR = 6000
PAYABLE_FACTOR = Fraction(11, 10)  # 超過合理量 10% 以上部分不予給付

WHOLE_CASES = Assumption(
    "可給付上限取合理量 × 1.1 的整數部分（案數為整數），超過的案數為不予給付的部分。",
    "The payable limit is the whole-number part of 1.1 × the reasonable volume (cases are whole); cases beyond it "
    "are the ones whose fee may not be paid.",
)


class FacilityVolumeInput(CalcInput):
    """A facility's qualified radiographers' work days and its annual screening count."""

    model_config = titled("機構年篩檢量", "Facility annual volume", "機構的年篩檢量是否超過合理量？", "Is the facility's annual screening volume over the limit?")

    radiographer_work_days: list[Annotated[float, Field(ge=0, le=366)]] = Field(
        min_length=1, max_length=1000,
        description="Work days in the year of each qualified radiographer (holidays included), one number each, <= 366",
        json_schema_extra=ui("各放射師年工作天數", "Work days of each radiographer", item_zh="放射師 {n}", item_en="Radiographer {n}", hint_zh="含假日，每人 ≤ 366 天", hint_en="Holidays included, at most 366 each"),
    )
    annual_screenings: int = Field(ge=0, le=10_000_000, description="The facility's mammography screenings that year",
        json_schema_extra=ui("年篩檢量（案）", "Screenings in the year"),
    )


class FacilityVolumeResult(CalcResult):
    reasonable_volume: Number = Field(description="Σ days / 365 × 6000, rounded to 2 decimals")
    allowed_volume: int = Field(description="floor(1.1 × reasonable volume)")
    excess_cases: int = Field(description="Screenings over the allowed volume: their fee may not be paid")
    over_reasonable_pct: float | None = Field(description="How far screenings exceed the reasonable volume, percent")
    over_limit: bool = Field(description="Screenings exceed the allowed volume")


def _as_float(x: Fraction | None) -> float | None:
    """A JSON float, or None where there is none (no reasonable volume, or a ratio beyond float range)."""
    try:
        return None if x is None else float(x)
    except OverflowError:  # only for absurd inputs such as 1e-320 work days
        return None


def hpa_facility_volume(args: FacilityVolumeInput) -> FacilityVolumeResult:
    """Check a mammography facility's annual screening volume against its reasonable volume (days/365 × 6000).

    Args:
        args: radiographer_work_days (per qualified radiographer) and annual_screenings.
    """
    trace = Trace()
    days = [exact(d) for d in args.radiographer_work_days]
    total_days = sum(days, Fraction(0))
    reasonable = total_days / DAYS_PER_YEAR * CASES_PER_YEAR
    shown_days = " + ".join(fmt(d) for d in days)
    trace.step(
        f"合理量 = 工作天數總和 / 365 × 6000 = ({shown_days}) / 365 × 6000 = {fmt(round_half_up(reasonable))} 案",
        f"Reasonable volume = total work days / 365 × 6000 = ({shown_days}) / 365 × 6000 = {fmt(round_half_up(reasonable))}",
        FACILITY_VOLUME_RULE,
    )
    limit = reasonable * PAYABLE_FACTOR
    allowed = math.floor(limit)
    trace.step(
        f"超過合理量 10% 以上部分不予給付：上限 = {fmt(round_half_up(reasonable))} × 1.1 = {fmt(round_half_up(limit))} → {allowed} 案",
        f"Screenings beyond 10% over the reasonable volume are not paid: limit = {fmt(round_half_up(reasonable))} × 1.1 = "
        f"{fmt(round_half_up(limit))} → {allowed}",
        FACILITY_VOLUME_RULE,
    )
    excess = max(0, args.annual_screenings - allowed)
    over_pct = None if reasonable == 0 else (args.annual_screenings - reasonable) / reasonable * 100
    if excess:
        if limit.denominator != 1:
            trace.assume(WHOLE_CASES)
        trace.step(
            f"年篩檢量 {args.annual_screenings} 案，超過合理量 {fmt(over_pct) if over_pct is not None else '—'}% → "
            f"超過上限 {excess} 案之篩檢費用本署得不予給付",
            f"{args.annual_screenings} screenings, {fmt(over_pct) if over_pct is not None else '—'}% over the reasonable "
            f"volume → the fee of the {excess} cases over the limit may not be paid",
            FACILITY_VOLUME_RULE,
        )
    else:
        trace.step(
            f"年篩檢量 {args.annual_screenings} 案，未超過上限 {allowed} 案 → 無不予給付部分",
            f"{args.annual_screenings} screenings, within the limit of {allowed} → nothing withheld",
            FACILITY_VOLUME_RULE,
        )
    return FacilityVolumeResult(
        reasonable_volume=round_half_up(reasonable, 2), allowed_volume=allowed, excess_cases=excess,
        over_reasonable_pct=_as_float(over_pct), over_limit=excess > 0,
        **trace.fields(),
    )


# ---------------------------------------------------------------- hpa_radiographer_volume

MONTHLY_CAP = 500  # 2.1.2.3.1: 每名放射師每月上限 500 案
MONTHLY_CAP_RULE = "hpa-mammo/2.1.2.3.1"
VAN_DAILY_CAP = 40  # 2.4.1: 每輛乳攝車每名放射師一天上限 40 案
VAN_MAX_RADIOGRAPHERS = 3  # 2.4.1: 每輛乳攝車報備人數最多 3 人
VAN_RULE = "hpa-mammo/2.4.1"
VAN_SPOT_REVIEW = 550  # 2.4.2: 超過每月合理量之 10% 以上者 (550 案) → 得隨時抽片審查
VAN_SPOT_RULE = "hpa-mammo/2.4.2"

ONE_RADIOGRAPHER = Assumption(
    "未提供乳攝車放射師人數：單日篩檢數以 1 名放射師計（每人每日上限 40 案）。",
    "The number of radiographers on the van was not given: the day's screenings are taken as one radiographer's "
    "(40 a day each).",
)
VAN_SHARED = Assumption(
    "乳攝車單日篩檢總數與「40 案 × 放射師人數」比較（假設由報備之放射師平均分擔）。",
    "The van's screenings of the day are compared with 40 × the number of radiographers (assumed shared evenly).",
)
SPOT_REVIEW_550 = Assumption(
    "「超過每月合理量之 10% 以上者 (550 案)」解讀為每月超過 550 案；恰為 550 案不列入。",
    "“超過每月合理量之 10% 以上者 (550 案)” is read as more than 550 a month; exactly 550 does not trigger it.",
)


class RadiographerVolumeInput(CalcInput):
    """A radiographer's monthly screenings and/or a van's daily screenings and staffing."""

    model_config = titled("放射師操作量", "Radiographer volume", "放射師或乳攝車的操作量有沒有超過上限？", "Is a radiographer's or a van's volume over the cap?")

    monthly_screenings: int | None = Field(
        None, ge=0, le=1_000_000, description="Screenings by one qualified radiographer in a month",
        json_schema_extra=ui("放射師每月操作量（案）", "Screenings by the radiographer in a month"),
    )
    daily_screenings_on_van: int | None = Field(
        None, ge=0, le=100_000, description="Screenings on one mammography van in one day (all its radiographers)",
        json_schema_extra=ui("乳攝車單日篩檢量（案）", "Screenings on the van in one day"),
    )
    radiographers_on_van: int | None = Field(
        None, ge=1, le=100, description="Qualified radiographers registered on the van",
        json_schema_extra=ui("乳攝車登錄放射師人數", "Radiographers registered on the van"),
    )

    @model_validator(mode="after")
    def _something(self) -> RadiographerVolumeInput:
        if self.monthly_screenings is None and self.daily_screenings_on_van is None and self.radiographers_on_van is None:
            raise FieldProblem("monthly_screenings",
                               "give monthly_screenings, daily_screenings_on_van or radiographers_on_van")
        return self


class RadiographerVolumeResult(CalcResult):
    monthly_cap: int = MONTHLY_CAP
    over_monthly_cap: bool | None = Field(description="Monthly screenings over 500 (null if not given)")
    van_daily_cap: int = Field(VAN_DAILY_CAP, description="Daily cap per radiographer on a van")
    van_daily_limit: int | None = Field(None, description="40 × radiographers on the van (the van's daily limit)")
    over_van_daily_cap: bool | None = Field(description="The van's daily screenings exceed 40 per radiographer")
    van_max_radiographers: int = VAN_MAX_RADIOGRAPHERS
    over_van_max_radiographers: bool | None = Field(description="More than 3 radiographers registered on the van")
    van_spot_review: bool | None = Field(description="Monthly screenings over 550: the HPA may spot-review a van's images")
    exceeded: list[str] = Field(default_factory=list, description="Names of the limits exceeded")


def hpa_radiographer_volume(args: RadiographerVolumeInput) -> RadiographerVolumeResult:
    """Check a mammography radiographer's monthly volume (500) and a screening van's daily (40 each) and staff (3) limits.

    Args:
        args: monthly_screenings, daily_screenings_on_van and radiographers_on_van (any of them).
    """
    trace = Trace()
    exceeded: list[str] = []
    over_month = spot = over_day = over_staff = None
    day_limit = None
    if args.monthly_screenings is not None:
        m = args.monthly_screenings
        over_month = m > MONTHLY_CAP
        trace.step(
            f"每名放射師每月上限 {MONTHLY_CAP} 案：本月 {m} 案 → " + (f"超過 {m - MONTHLY_CAP} 案" if over_month else "未超過"),
            f"Monthly cap per radiographer {MONTHLY_CAP}: {m} → " + (f"{m - MONTHLY_CAP} over" if over_month else "within"),
            MONTHLY_CAP_RULE,
        )
        spot = m > VAN_SPOT_REVIEW
        if m == VAN_SPOT_REVIEW:
            trace.assume(SPOT_REVIEW_550)
        trace.step(
            f"乳攝車放射師每月超過合理量 10% 以上（550 案）者，本署得隨時抽片審查：{m} 案 → " + ("達抽片審查條件" if spot else "未達"),
            f"Van radiographers over 550 a month may be spot-reviewed at any time: {m} → " + ("liable" if spot else "not liable"),
            VAN_SPOT_RULE,
        )
        if over_month:
            exceeded.append("monthly_cap")
        if spot:
            exceeded.append("van_spot_review")
    if args.radiographers_on_van is not None:
        over_staff = args.radiographers_on_van > VAN_MAX_RADIOGRAPHERS
        trace.step(
            f"每輛乳攝車報備人數最多 {VAN_MAX_RADIOGRAPHERS} 人：{args.radiographers_on_van} 人 → " + ("超過" if over_staff else "符合"),
            f"At most {VAN_MAX_RADIOGRAPHERS} radiographers per van: {args.radiographers_on_van} → "
            + ("over" if over_staff else "within"),
            VAN_RULE,
        )
        if over_staff:
            exceeded.append("van_max_radiographers")
    if args.daily_screenings_on_van is not None:
        staff = args.radiographers_on_van
        if staff is None:
            trace.assume(ONE_RADIOGRAPHER)
            staff = 1
        else:
            trace.assume(VAN_SHARED)
        day_limit = VAN_DAILY_CAP * staff
        over_day = args.daily_screenings_on_van > day_limit
        trace.step(
            f"乳攝車每名放射師每日上限 {VAN_DAILY_CAP} 案 × {staff} 人 = {day_limit} 案：當日 {args.daily_screenings_on_van} 案 → "
            + (f"超過 {args.daily_screenings_on_van - day_limit} 案" if over_day else "未超過"),
            f"Van cap {VAN_DAILY_CAP} a day per radiographer × {staff} = {day_limit}: {args.daily_screenings_on_van} → "
            + (f"{args.daily_screenings_on_van - day_limit} over" if over_day else "within"),
            VAN_RULE,
        )
        if over_day:
            exceeded.append("van_daily_cap")
    return RadiographerVolumeResult(
        over_monthly_cap=over_month, van_daily_limit=day_limit, over_van_daily_cap=over_day,
        over_van_max_radiographers=over_staff, van_spot_review=spot, exceeded=exceeded, **trace.fields(),
    )


# ---------------------------------------------------------------- hpa_followup_deduction

DEDUCTION_RULE = "hpa-mammo/2.5"
RATE_FORMULA_RULE = "hpa-mammo/2.5.2"  # 追蹤完成率 = 已追蹤完成數 / 疑似陽性個案數
EXACT_RATE = Assumption(
    "扣款級距依未四捨五入的追蹤完成率判定；顯示的完成率四捨五入至小數第二位（例：74.9975% 顯示為 75.00%，仍屬 70% ≤ 追蹤完成率 < 75%）。",
    "The deduction band uses the unrounded completion rate; the rate shown is rounded to 2 decimals (74.9975% shows "
    "as 75.00% and still falls in 70% ≤ rate < 75%).",
)
DEDUCTION_BANDS = ((75, 0, "追蹤完成率 ≥ 75%"), (70, 5, "70% ≤ 追蹤完成率 < 75%"), (65, 10, "65% ≤ 追蹤完成率 < 70%"),
                   (60, 15, "60% ≤ 追蹤完成率 < 65%"), (0, 20, "追蹤完成率 < 60%"))


class FollowupDeductionInput(CalcInput):
    """A facility's follow-up completion rate (or the case counts) and its annual screening subsidy."""

    model_config = titled("追蹤完成率扣款", "Follow-up deduction", "追蹤完成率未達標準要扣多少補助？", "How much is deducted for the follow-up completion rate?")

    completion_rate_pct: float | None = Field(
        None, ge=0, le=100, description="Follow-up completion rate, percent 0-100 (or give the two case counts)",
        json_schema_extra=ui("追蹤完成率（%）", "Follow-up completion rate (%)", hint_zh="或改填下面兩個個案數", hint_en="Or give the two case counts below"),
    )
    suspected_positive_cases: int | None = Field(
        None, ge=1, le=10_000_000, description="Suspected-positive cases (category 0, 3, 4, 5) screened in the year",
        json_schema_extra=ui("疑似陽性個案數", "Suspected-positive cases"),
    )
    completed_cases: int | None = Field(
        None, ge=0, le=10_000_000, description="Of those, cases whose follow-up was completed",
        json_schema_extra=ui("完成追蹤個案數", "Cases with follow-up completed"),
    )
    annual_subsidy: float | None = Field(
        None, ge=0, le=1e12, description="The year's total screening subsidy in NT$ (to compute the deduction amount)",
        json_schema_extra=ui("年度篩檢補助總額（元）", "Year's screening subsidy (NT$)", hint_zh="填寫才會算出扣款金額", hint_en="Needed for the deduction amount"),
    )

    @model_validator(mode="after")
    def _rate_or_counts(self) -> FollowupDeductionInput:
        counts = (self.suspected_positive_cases, self.completed_cases)
        if self.completion_rate_pct is not None:
            if any(c is not None for c in counts):
                raise FieldProblem("completion_rate_pct",
                                   "give completion_rate_pct or the case counts (suspected_positive_cases and "
                                   "completed_cases), not both")
            return self
        if counts == (None, None):
            raise FieldProblem("completion_rate_pct",
                               "give completion_rate_pct, or suspected_positive_cases and completed_cases")
        if self.suspected_positive_cases is None:
            raise FieldProblem("suspected_positive_cases", "required with completed_cases")
        if self.completed_cases is None:
            raise FieldProblem("completed_cases", "required with suspected_positive_cases")
        if self.completed_cases > self.suspected_positive_cases:
            raise FieldProblem("completed_cases",
                               f"cannot exceed suspected_positive_cases ({self.suspected_positive_cases})",
                               self.completed_cases)
        return self


class FollowupDeductionResult(CalcResult):
    completion_rate_pct: Number = Field(description="Follow-up completion rate, percent, 2 decimals")
    deduction_pct: int = Field(description="Share of the year's screening subsidy deducted, percent")
    deduction_amount: int | None = Field(description="Deduction in NT$ (rounded to the yuan) when a subsidy is given")


def hpa_followup_deduction(args: FollowupDeductionInput) -> FollowupDeductionResult:
    """Give the subsidy deduction for a mammography facility's suspected-positive follow-up completion rate.

    Args:
        args: completion_rate_pct, or suspected_positive_cases and completed_cases; annual_subsidy (NT$) optional.
    """
    trace = Trace()
    if args.completion_rate_pct is not None:
        rate = exact(args.completion_rate_pct)
        trace.step(f"追蹤完成率 {fmt(rate)}%", f"Follow-up completion rate {fmt(rate)}%")
    else:
        assert args.suspected_positive_cases is not None and args.completed_cases is not None
        rate = Fraction(args.completed_cases * 100, args.suspected_positive_cases)
        trace.step(
            f"追蹤完成率 = 已追蹤完成數 / 疑似陽性個案數 = {args.completed_cases} / {args.suspected_positive_cases} = {fmt(rate)}%",
            f"Completion rate = completed / suspected positive = {args.completed_cases} / {args.suspected_positive_cases} = {fmt(rate)}%",
            RATE_FORMULA_RULE,
        )
    _, pct, shown = next(b for b in DEDUCTION_BANDS if rate >= b[0])
    if next(b for b in DEDUCTION_BANDS if exact(round_half_up(rate, 2)) >= b[0])[1] != pct:
        trace.assume(EXACT_RATE)
    trace.step(
        f"{fmt(rate)}% → {shown} → " + (f"扣當年度總補助篩檢金額 {pct}%" if pct else "不扣款"),
        f"{fmt(rate)}% → " + (f"{pct}% of the year's screening subsidy deducted" if pct else "no deduction (≥ 75%)"),
        DEDUCTION_RULE,
    )
    amount = None
    if args.annual_subsidy is not None:
        amount = int(round_half_up(exact(args.annual_subsidy) * pct / 100, 0))
        trace.step(
            f"扣款金額 = {fmt(args.annual_subsidy)} 元 × {pct}% = {amount} 元（四捨五入至元）",
            f"Deduction = NT${fmt(args.annual_subsidy)} × {pct}% = NT${amount} (rounded to the yuan)",
            DEDUCTION_RULE,
        )
    return FollowupDeductionResult(
        completion_rate_pct=round_half_up(rate, 2), deduction_pct=pct, deduction_amount=amount, **trace.fields()
    )


# ---------------------------------------------------------------- hpa_followup_deadline

DEADLINE_RULE = "hpa-mammo/2.5.4"


@dataclass(frozen=True)
class FollowupAction:
    action: str
    months: int
    zh: str
    en: str


FOLLOWUP_ACTIONS: dict[int, FollowupAction] = {  # 2.5.4
    0: FollowupAction("recall_examination", 2, "須於 2 個月內完成複檢", "recall examination within 2 months"),
    3: FollowupAction("recall_examination", 6, "須於 6 個月內完成複檢", "recall examination within 6 months"),
    4: FollowupAction("confirmed_diagnosis", 2, "須於 2 個月內完成確診；確診結果為乳癌者，須追蹤其是否接受手術",
                      "confirmed diagnosis within 2 months; if breast cancer, track whether surgery follows"),
    5: FollowupAction("confirmed_diagnosis", 2, "須於 2 個月內完成確診；確診結果為乳癌者，須追蹤其是否接受手術",
                      "confirmed diagnosis within 2 months; if breast cancer, track whether surgery follows"),
}

# The follow-up actions' short names (zh, en): the one table the answers name them from.
ACTION_NAMES: dict[str, tuple[str, str]] = {"recall_examination": ("複檢", "recall examination"),
                                            "confirmed_diagnosis": ("確診", "confirmed diagnosis")}


class FollowupDeadlineInput(CalcInput):
    """A screening result category and, optionally, the screening date."""

    model_config = titled("陽性個案追蹤期限", "Follow-up deadline", "疑似陽性個案要在什麼時候前完成追蹤？", "By when must a suspected-positive case be followed up?")

    category: Literal[0, 3, 4, 5] = Field(description="BI-RADS category of the screening result: 0, 3, 4 or 5",
        json_schema_extra=ui("篩檢結果分類", "Screening result category", choices={0: ("第 0 類：需要其他影像評估", "category 0: needs more imaging"), 3: ("第 3 類：可能良性", "category 3: probably benign"), 4: ("第 4 類：懷疑惡性", "category 4: suspicious"), 5: ("第 5 類：高度懷疑惡性", "category 5: highly suggestive of malignancy")}),
    )
    screening_date: date | None = Field(None, description="Screening date, YYYY-MM-DD (to compute the deadline)",
        json_schema_extra=ui("篩檢日期", "Screening date", hint_zh="填寫才會算出期限日", hint_en="Needed for the deadline date"),
    )

    @field_validator("category", mode="before")
    @classmethod
    def _category_text(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        return value


class FollowupDeadlineResult(CalcResult):
    category: int
    action: Literal["recall_examination", "confirmed_diagnosis"]
    action_zh: str
    months: int
    deadline: date | None = Field(description="screening_date + months (calendar months, clamped to month end)")
    surgery_tracking: bool = Field(description="Category 4/5: if breast cancer is confirmed, surgery is tracked")


def hpa_followup_deadline(args: FollowupDeadlineInput) -> FollowupDeadlineResult:
    """Give the follow-up action and deadline for a suspected-positive mammography screening (category 0, 3, 4, 5).

    Args:
        args: category (0, 3, 4 or 5) and screening_date (optional).
    """
    trace = Trace()
    act = FOLLOWUP_ACTIONS[args.category]
    trace.step(f"category「{args.category}」的個案{act.zh}", f"Category {args.category}: {act.en}", DEADLINE_RULE)
    if args.category == 0:
        trace.step("複檢結果為 category「4」、「5」者，須於 2 個月內完成確診",
                   "If the recall examination gives category 4 or 5, a confirmed diagnosis is due within 2 months",
                   DEADLINE_RULE)
    deadline = None
    if args.screening_date is not None:
        deadline, clamped = add_months(args.screening_date, act.months)
        if clamped:
            trace.assume(MONTH_ARITHMETIC)
        trace.step(f"篩檢日 {args.screening_date} ＋ {act.months} 個月 = {deadline}",
                   f"Screening date {args.screening_date} + {act.months} months = {deadline}", DEADLINE_RULE)
    return FollowupDeadlineResult(
        category=args.category, action=act.action, action_zh=act.zh, months=act.months, deadline=deadline,
        surgery_tracking=args.category in (4, 5), **trace.fields(),
    )

