"""台灣外科醫學會繼續教育積分認定辦法 (tsa-cme): credit tally and certificate renewal check."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from calculators.common import Assumption, CalcInput, CalcResult, Number, Step, Trace, exact, fmt, in_lang, num, round_half_up
from calculators.errors import FieldProblem
from calculators.labels import titled, ui

DOC = "tsa-cme"

# ---------------------------------------------------------------- rule tables (SPEC §4.1)

Kind = Literal[
    "tsa_annual_meeting",
    "tsa_monthly_meeting",
    "tsa_monthly_speaker",
    "specialty_annual_meeting",
    "international_meeting",
    "domestic_seminar",
    "presentation",
    "paper_sci",
    "paper_non_sci",
    "training_abroad",
    "training_domestic",
    "other_surgical_society_meeting",
    "atls",
    "hours",
]
Role = Literal["first", "corresponding", "second", "other", "presenter"]


@dataclass(frozen=True)
class KindInfo:
    rule: str
    zh: str
    en: str


KINDS: dict[str, KindInfo] = {
    "tsa_annual_meeting": KindInfo("tsa-cme/5.1", "本會年會", "TSA annual meeting"),
    "tsa_monthly_meeting": KindInfo("tsa-cme/5.2", "本會月會", "TSA monthly meeting"),
    "tsa_monthly_speaker": KindInfo("tsa-cme/5.2", "本會月會演講", "speaker at a TSA monthly meeting"),
    "specialty_annual_meeting": KindInfo("tsa-cme/5.3", "專科醫學會年會", "specialty society annual meeting"),
    "international_meeting": KindInfo("tsa-cme/5.4", "國際性或國外醫學會", "international or overseas meeting"),
    "domestic_seminar": KindInfo("tsa-cme/5.5", "國內學術討論會／講習會", "domestic seminar or workshop"),
    "presentation": KindInfo("tsa-cme/5.6", "論文演講或壁報發表", "oral or poster presentation"),
    "paper_sci": KindInfo("tsa-cme/5.7", "SCI 或台灣外科醫學會雜誌論文", "paper in an SCI journal or the TSA journal"),
    "paper_non_sci": KindInfo("tsa-cme/5.8", "非 SCI 論文", "non-SCI paper"),
    "training_abroad": KindInfo("tsa-cme/5.9.1", "國外進修", "training abroad"),
    "training_domestic": KindInfo("tsa-cme/5.9.2", "國內醫學中心進修", "training at a domestic medical centre"),
    "other_surgical_society_meeting": KindInfo(
        "tsa-cme/5.10", "其他外科相關醫學會年會", "annual meeting of another surgery-related society"
    ),
    "atls": KindInfo("tsa-cme/5.13", "高級外傷救命術 ATLS 訓練課程", "ATLS course"),
    "hours": KindInfo("tsa-cme/10", "時數課程", "course credited by hours"),
}

FIXED_CREDITS: dict[str, int] = {  # credits per attendance
    "tsa_annual_meeting": 60,  # 5.1
    "tsa_monthly_meeting": 20,  # 5.2
    "tsa_monthly_speaker": 20,  # 5.2, on top of attendance
    "international_meeting": 30,  # 5.4, 5.4.n2
    "atls": 30,  # 5.13
}
SPECIALTY_MEETING_CREDITS = {1: 15, 2: 30}  # 5.3: one day → 15, two days or more → 30
SPECIALTY_MEETING_LONG_DAYS = 2  # 5.3 二天以上: from two days on (2.5 days too) the two-day credit
SEMINAR_CREDITS = {"short": 5, "long": 10}  # 5.5: ≤ 2 hours → 5, > 2 hours → 10
SEMINAR_SHORT_HOURS = 2
BANDED_HOURS_KINDS = ("domestic_seminar",)  # 5.5: a session's hours place it in a band, never multiply its credit
PRESENTATION_CREDIT = 10  # 5.6, first author or presenter only
PRESENTATION_ROLES = ("first", "presenter")
PRESENTATION_MAX_PER_MEETING = 3  # 5.6 每人最多 3 篇
PAPER_CREDITS: dict[str, dict[str, int]] = {
    "paper_sci": {"first": 50, "corresponding": 50, "second": 25, "other": 10},  # 5.7
    "paper_non_sci": {"first": 30, "corresponding": 30, "second": 15, "other": 5},  # 5.8
}
CASE_REPORT_FACTOR = Fraction(1, 2)  # 5.6, 5.7, 5.8: 病例報告，積分減半
TRAINING_PER_MONTH = {"training_abroad": 8, "training_domestic": 4}  # 5.9 (1), (2)
TRAINING_SHORT_RULE = "tsa-cme/5.9"  # 一個月以內者，專案申請送教育委員會審核
CREDITS_PER_HOUR = 3  # 10: 每一小時折算 3 分
OFFSHORE_DOUBLED = ("tsa_annual_meeting", "tsa_monthly_meeting")  # 5.15
OFFSHORE_RULE = "tsa-cme/5.15"


@dataclass(frozen=True)
class Cap:
    name: str
    limit: int
    kinds: tuple[str, ...]
    rule: str
    label: str  # the rule's Chinese designation, for step texts
    zh: str
    en: str


CAPS = (
    Cap(  # 5.12 (and 5.4.n2 for international meetings)
        "non_society_events",
        30,
        ("specialty_annual_meeting", "international_meeting", "domestic_seminar", "other_surgical_society_meeting"),
        "tsa-cme/5.12",
        "第五條第十二款",
        "非本會舉辦之研討會、演講或課程",
        "events not held by the TSA",
    ),
    Cap(  # the last sentence of 5.8: 第七款與第八款，論文發表之積分累計一年總分不得超過60分
        "papers", 60, ("paper_sci", "paper_non_sci"), "tsa-cme/5.8", "第五條第八款", "論文發表（第七款與第八款）", "papers (5.7 and 5.8)"
    ),
)
INTERNATIONAL_CAP_NOTE = "tsa-cme/5.4.n2"

# The parts of a tally a person may ask the credits of alone ("發表能拿幾分", "how much for the papers?"), each with its
# name (zh, en): every kind in one part, the yearly caps' kinds never split (a part's credits are its rows' counted ones).
PARTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "attendance": (("tsa_annual_meeting", "tsa_monthly_meeting", "specialty_annual_meeting", "international_meeting",
                    "domestic_seminar", "other_surgical_society_meeting"), "出席會議", "attendance"),
    "speaking": (("tsa_monthly_speaker",), "月會演講", "speaking at monthly meetings"),
    "presentations": (("presentation",), "發表（論文演講／壁報）", "presentations (oral or poster)"),
    "papers": (("paper_sci", "paper_non_sci"), "論文", "papers"),
    "training": (("training_abroad", "training_domestic"), "進修", "training"),
    "courses": (("atls", "hours"), "課程（ATLS／時數課程）", "courses (ATLS, courses by the hour)"),
}
PART_OF_KIND = {k: part for part, (kinds, _, _) in PARTS.items() for k in kinds}

# Author roles (zh, en): the one table the steps and the form's choices use.
ROLES: dict[str, tuple[str, str]] = {"first": ("第一作者", "first author"), "corresponding": ("通訊作者", "corresponding author"),
                                     "second": ("第二作者", "second author"), "other": ("其他作者", "other author"),
                                     "presenter": ("發表者", "presenter")}
ROLE_ZH = {k: zh for k, (zh, _) in ROLES.items()}
NO_YEAR = "unspecified"

PRESENTATIONS_PER_MEETING = Assumption(
    "第五條第六款「每人最多 3 篇」解讀為每人每次會議最多 3 篇；每一筆 presentation 視為同一次會議，超過 3 篇以 3 篇計。",
    "5.6 “每人最多 3 篇” is read as at most 3 presentations per person per meeting; each presentation entry "
    "is one meeting, and more than 3 count as 3.",
)
SPEAKER_NOT_DOUBLED = Assumption(
    "第五條第十五款離島執業加倍僅適用於參加本會年會及月會之積分；月會演講者積分（第五條第二款）不加倍。",
    "The offshore-island doubling of 5.15 applies to attending TSA annual and monthly meetings only; "
    "the monthly-meeting speaker credit of 5.2 is not doubled.",
)
SHORT_MEETING_ONE_DAY = Assumption(
    "第五條第三款只分「會議時間一天」與「二天以上」：一天以上、未滿二天的會期（如一天半）以一天計。",
    "5.3 names only meetings of one day and of two days or more: a meeting of more than one day but under two (a day "
    "and a half) is credited as a one-day meeting.",
)
UNNAMED_YEAR = Assumption(
    "未註明年度的活動合併視為同一個未指明的年度，一起適用年度上限。",
    "Activities without a year are counted together in one unnamed year, and the yearly caps apply to them together.",
)
TRAINING_PART_MONTH = Assumption(
    "進修期間有不足整月的部分時，按比例計分（例：國外進修 1.5 個月 × 8 = 12 分）。",
    "A training period with a part month is credited pro rata (e.g. 1.5 months abroad × 8 = 12).",
)

# a paper whose question did not say whether it is a case report (5.7 / 5.8 halve a case report) is counted as an original
# paper, and said so: the figure would be half for a case report
PAPER_NOT_CASE_REPORT = {
    "paper_sci": Assumption(
        "以非病例報告計（病例報告積分減半，第五條第七款）。",
        "Counted as an original paper, not a case report (a case report would count half, tsa-cme/5.7).",
    ),
    "paper_non_sci": Assumption(
        "以非病例報告計（病例報告積分減半，第五條第八款）。",
        "Counted as an original paper, not a case report (a case report would count half, tsa-cme/5.8).",
    ),
}

# ---------------------------------------------------------------- tsa_credit_tally


class TsaActivity(CalcInput):
    """One CME activity (or several of the same kind in the same year)."""

    kind: Kind = Field(
        description=(
            "Activity kind: tsa_annual_meeting (60), tsa_monthly_meeting (20), tsa_monthly_speaker (20, on top of "
            "attendance), specialty_annual_meeting (15 if 1 day, 30 if 2+ days; needs days), international_meeting "
            "(30), domestic_seminar (5 if <= 2 h, 10 if > 2 h; needs hours), presentation (oral/poster, 10, case "
            "report 5; needs role), paper_sci / paper_non_sci (by role; needs role), training_abroad / "
            "training_domestic (8 / 4 per month; needs months), other_surgical_society_meeting (committee decides), "
            "atls (30), hours (3 per hour; needs hours)"
        ),
        json_schema_extra=ui("活動類別", "Activity", choices={k: (v.zh, v.en) for k, v in KINDS.items()}),
    )
    count: int = Field(1, ge=1, le=1000, description="How many of this activity (meetings, papers, trainings)",
        json_schema_extra=ui("次數／篇數", "How many", hint_zh="同一年度、同類活動的數量", hint_en="How many of this activity in that year"),
    )
    year: int | None = Field(
        None, ge=1912, le=2200, description="Gregorian calendar year of the activity (ROC year + 1911); omit if unknown",
        json_schema_extra=ui("年度（西元）", "Year", hint_zh="民國年 + 1911；不確定可留空", hint_en="Gregorian year; leave empty if unknown"),
    )
    days: float | None = Field(None, ge=1, le=60, description="Meeting length in days (specialty_annual_meeting); "
        "a part day is allowed (2.5); 5.3 names no meeting shorter than one day",
        json_schema_extra=ui("會議天數", "Meeting days", hint_zh="專科醫學會年會需填", hint_en="For a specialty society annual meeting"),
    )
    hours: float | None = Field(
        None, gt=0, le=1000, description="Length in hours (domestic_seminar: per session; hours: course hours)",
        json_schema_extra=ui("時數", "Hours", hint_zh="國內學術講習會（每場）或時數課程需填", hint_en="For a domestic seminar (per session) or a course credited by hours"),
    )
    role: Role | None = Field(
        None,
        description="Author role: first, corresponding, second, other (papers); first or presenter earn "
        "presentation credit, other roles earn 0",
        json_schema_extra=ui("角色", "Role", hint_zh="論文或發表需填", hint_en="For papers and presentations", choices=ROLES),
    )
    case_report: bool = Field(False, description="The paper or presentation is a case report (credits halved)",
        json_schema_extra=ui("病例報告", "Case report", hint_zh="論文或發表為病例報告（積分減半）", hint_en="The paper or presentation is a case report (credits halved)"),
    )
    months: float | None = Field(
        None, gt=0, le=120, description="Training length in months (training_abroad, training_domestic)",
        json_schema_extra=ui("進修月數", "Training months", hint_zh="國外或國內醫學中心進修需填", hint_en="For training abroad or at a domestic medical centre"),
    )

    @field_validator("year", mode="before")
    @classmethod
    def _gregorian_year(cls, value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value < 1912:
            raise ValueError(f"a Gregorian year (an ROC year + 1911: ROC {value} → {value + 1911})")
        return value

    @model_validator(mode="after")
    def _needs(self) -> TsaActivity:
        kind = self.kind
        if kind == "specialty_annual_meeting" and self.days is None:
            raise FieldProblem("days", "required for specialty_annual_meeting (meeting length in days)")
        if kind in ("domestic_seminar", "hours") and self.hours is None:
            raise FieldProblem("hours", f"required for {kind} (length in hours)")
        if kind in ("training_abroad", "training_domestic") and self.months is None:
            raise FieldProblem("months", f"required for {kind} (training length in months)")
        if kind == "presentation" and self.role is None:
            raise FieldProblem("role", "required for presentation (first, presenter, corresponding, second or other)")
        if kind in PAPER_CREDITS:
            if self.role is None:
                raise FieldProblem("role", f"required for {kind} (first, corresponding, second or other)")
            if self.role not in PAPER_CREDITS[kind]:
                raise FieldProblem("role", f"one of first, corresponding, second, other for {kind}", self.role)
        return self


class TsaCreditTallyInput(CalcInput):
    """Activities to tally and whether the physician practises on an offshore island."""

    model_config = titled("外科繼續教育積分", "Surgical CME credits", "我的外科繼續教育積分有幾分？", "How many TSA CME credits do I have?")

    activities: list[TsaActivity] = Field(
        min_length=1, max_length=500, description="The activities, one entry per kind, year and details",
        json_schema_extra=ui("活動", "Activities", item_zh="活動 {n}", item_en="Activity {n}", hint_zh="每一類活動（同年度）填一項", hint_en="One entry per kind of activity and year"),
    )
    offshore_island: bool = Field(
        False, description="Practises on an offshore island (澎湖, 金門, 馬祖, 綠島, 蘭嶼): TSA annual/monthly meetings count double",
        json_schema_extra=ui("離島執業", "Offshore-island practice", hint_zh="澎湖、金門、馬祖、綠島、蘭嶼：本會年會與月會積分加倍", hint_en="Penghu, Kinmen, Matsu, Green Island, Orchid Island: TSA annual and monthly meetings count double"),
    )


class ActivityRow(Step):
    """One activity's credits: raw (before yearly caps) and counted (after)."""

    kind: str
    year: int | None
    count: int
    raw: Number = Field(description="Credits before the yearly caps")
    counted: Number = Field(description="Credits counted after the yearly caps")
    rules: list[str] = Field(default_factory=list, description="Every rule id applied to this row")


class CapApplied(BaseModel):
    """A yearly cap that cut the credits of one year."""

    year: str = Field(description="Calendar year, or 'unspecified' for activities without a year")
    cap: Literal["non_society_events", "papers"]
    limit: int
    raw: Number = Field(description="Credits of the capped kinds that year before the cap")
    counted: Number
    rule: str
    text: str
    text_en: str


class TsaCreditTallyResult(CalcResult):
    total: Number = Field(description="Credits counted, all years together")
    by_year: dict[str, Number] = Field(description="Credits counted per calendar year ('unspecified' if no year)")
    breakdown: list[ActivityRow] = Field(default_factory=list, description="One row per activity")  # type: ignore[assignment]
    caps_applied: list[CapApplied] = Field(default_factory=list)
    by_part: dict[str, Number] = Field(default_factory=dict, description="Credits counted per part of the activities "
                                       "(attendance, speaking, presentations, papers, training, courses), all years together")
    notes: list[str] = Field(default_factory=list, description="Committee-review notes (Traditional Chinese)")
    notes_en: list[str] = Field(default_factory=list)

    def step_lines(self, lang: str) -> list[str]:
        """The rows, then the yearly caps that cut a year and the committee-review notes (each once)."""
        out = super().step_lines(lang)
        for line in [in_lang(cap.text, cap.text_en, lang) for cap in self.caps_applied] + in_lang(self.notes, self.notes_en, lang):
            if line and line not in out:
                out.append(line)
        return out


def _year_key(year: int | None) -> str:
    return str(year) if year is not None else NO_YEAR


def _year_zh(year: int | None) -> str:
    return f"{year} 年" if year is not None else "未註明年度"


def _year_en(year: int | None) -> str:
    return str(year) if year is not None else "year not given"


def _raw(act: TsaActivity, offshore: bool, trace: Trace) -> tuple[Fraction, str, str, list[str], list[tuple[str, str]]]:
    """Raw credits of one activity, with its step texts, the rules used and any committee notes."""
    info = KINDS[act.kind]
    n = act.count
    rules = [info.rule]
    notes: list[tuple[str, str]] = []
    kind = act.kind
    if kind in FIXED_CREDITS:
        per = FIXED_CREDITS[kind]
        raw = Fraction(n * per)
        zh = f"{info.zh} {n} 次 × {per} 分 = {fmt(raw)} 分"
        en = f"{info.en}: {n} × {per} = {fmt(raw)}"
        if kind == "international_meeting":
            rules.append(INTERNATIONAL_CAP_NOTE)
        if offshore and kind in OFFSHORE_DOUBLED:
            raw *= 2
            zh += f"；離島執業加倍 × 2 = {fmt(raw)} 分"
            en += f"; doubled for offshore-island practice × 2 = {fmt(raw)}"
            rules.append(OFFSHORE_RULE)
        elif offshore and kind == "tsa_monthly_speaker":
            zh += "（演講積分不因離島執業加倍）"
            en += " (the speaker credit is not doubled for offshore-island practice)"
            trace.assume(SPEAKER_NOT_DOUBLED)
    elif kind == "specialty_annual_meeting":
        assert act.days is not None
        long = exact(act.days) >= SPECIALTY_MEETING_LONG_DAYS
        per = SPECIALTY_MEETING_CREDITS[2 if long else 1]
        if not long and exact(act.days) != 1:
            trace.assume(SHORT_MEETING_ONE_DAY)
        raw = Fraction(n * per)
        zh = f"{info.zh}（會期 {fmt(act.days)} 天）{n} 次 × {per} 分 = {fmt(raw)} 分"
        en = f"{info.en} ({fmt(act.days)} day{'s' if act.days != 1 else ''}): {n} × {per} = {fmt(raw)}"
    elif kind == "domestic_seminar":
        assert act.hours is not None
        short = exact(act.hours) <= SEMINAR_SHORT_HOURS
        per = SEMINAR_CREDITS["short" if short else "long"]
        raw = Fraction(n * per)
        zh = f"{info.zh}（{fmt(act.hours)} 小時，{'二小時以內' if short else '超過二小時'}）{n} 次 × {per} 分 = {fmt(raw)} 分"
        en = f"{info.en} ({fmt(act.hours)} h, {'2 h or less' if short else 'over 2 h'}): {n} × {per} = {fmt(raw)}"
    elif kind == "presentation":
        role = act.role or ""
        if role not in PRESENTATION_ROLES:
            raw = Fraction(0)
            zh = f"{info.zh}（{ROLE_ZH[role]}）{n} 篇：限第一作者或發表者申請 → 0 分"
            en = f"{info.en} ({role} author): only the first author or the presenter may claim → 0"
        else:
            per = Fraction(PRESENTATION_CREDIT) * (CASE_REPORT_FACTOR if act.case_report else 1)
            counted_n = min(n, PRESENTATION_MAX_PER_MEETING)
            raw = counted_n * per
            zh = f"{info.zh}（{ROLE_ZH[role]}）{n} 篇"
            en = f"{info.en} ({role}): {n}"
            if n > PRESENTATION_MAX_PER_MEETING:
                zh += f"，每人每次會議最多 {PRESENTATION_MAX_PER_MEETING} 篇 → {counted_n} 篇"
                en += f", at most {PRESENTATION_MAX_PER_MEETING} per person per meeting → {counted_n}"
                trace.assume(PRESENTATIONS_PER_MEETING)
            if act.case_report:
                zh += f" × {PRESENTATION_CREDIT} 分 × 1/2（病例報告減半）= {fmt(raw)} 分"
                en += f" × {PRESENTATION_CREDIT} × 1/2 (case report, halved) = {fmt(raw)}"
            else:
                zh += f" × {PRESENTATION_CREDIT} 分 = {fmt(raw)} 分"
                en += f" × {PRESENTATION_CREDIT} = {fmt(raw)}"
    elif kind in PAPER_CREDITS:
        role = act.role or ""
        per0 = PAPER_CREDITS[kind][role]
        per = Fraction(per0) * (CASE_REPORT_FACTOR if act.case_report else 1)
        raw = n * per
        zh = f"{info.zh}（{ROLE_ZH[role]}）{n} 篇 × {per0} 分"
        en = f"{info.en} ({role} author): {n} × {per0}"
        if act.case_report:
            zh += " × 1/2（病例報告減半）"
            en += " × 1/2 (case report, halved)"
        elif "case_report" not in act.model_fields_set and per0:
            trace.assume(PAPER_NOT_CASE_REPORT[kind])
        zh += f" = {fmt(raw)} 分"
        en += f" = {fmt(raw)}"
    elif kind in TRAINING_PER_MONTH:
        assert act.months is not None
        per = TRAINING_PER_MONTH[kind]
        months = exact(act.months)
        if months < 1:
            raw = Fraction(n * per)
            rules.append(TRAINING_SHORT_RULE)
            zh = (f"{info.zh} {fmt(months)} 個月（未滿一個月）{n} 次：專案申請送教育委員會審核，"
                  f"最多 {per} 分 → 以上限 {fmt(raw)} 分計")
            en = (f"{info.en} of {fmt(months)} month (under one month) × {n}: the education committee reviews it, "
                  f"at most {per} each → reported at the maximum {fmt(raw)}")
            notes.append((
                f"{info.zh}未滿一個月：由教育委員會專案審核，最多 {per} 分；此處以上限計算，實際積分以委員會核定為準。",
                f"{info.en[0].upper()}{info.en[1:]} under one month: reviewed case by case by the education committee, at most {per}; "
                "the maximum is shown, the committee decides the actual credits.",
            ))
        else:
            raw = n * months * per
            if months.denominator != 1:
                trace.assume(TRAINING_PART_MONTH)
            times = f"{n} 次 × " if n > 1 else ""
            zh = f"{info.zh} {times}{fmt(months)} 個月 × {per} 分 = {fmt(raw)} 分"
            en = f"{info.en}: {f'{n} × ' if n > 1 else ''}{fmt(months)} months × {per} = {fmt(raw)}"
    elif kind == "other_surgical_society_meeting":
        raw = Fraction(0)
        zh = f"{info.zh} {n} 次：由教育委員會視與外科醫學之相關程度核給積分，無固定分數 → 此處以 0 分計"
        en = f"{info.en} × {n}: no fixed value, the education committee decides by relevance to surgery → counted as 0"
        notes.append((
            "其他外科相關醫學會年會之積分由教育委員會視相關程度核給（第五條第十款），此處以 0 分計；"
            "核給後仍受第五條第十二款每年 30 分上限限制。",
            "Credits for another surgery-related society's annual meeting are decided by the education committee "
            "(5.10); counted as 0 here, and any credit granted still falls under the 30-per-year cap of 5.12.",
        ))
    elif kind == "hours":
        assert act.hours is not None
        raw = n * exact(act.hours) * CREDITS_PER_HOUR
        times = f"{n} 次 × " if n > 1 else ""
        zh = f"{info.zh} {times}{fmt(act.hours)} 小時 × {CREDITS_PER_HOUR} 分 = {fmt(raw)} 分"
        en = f"{info.en}: {f'{n} × ' if n > 1 else ''}{fmt(act.hours)} h × {CREDITS_PER_HOUR} = {fmt(raw)}"
    else:  # pragma: no cover - Kind is a closed Literal
        raise AssertionError(kind)
    return raw, zh, en, rules, notes


def tsa_credit_tally(args: TsaCreditTallyInput) -> TsaCreditTallyResult:
    """Tally TSA surgical CME credits per calendar year from a list of activities, applying the yearly caps.

    Args:
        args: activities (kind, count, year, and days/hours/role/case_report/months as the kind needs)
            and offshore_island.
    """
    trace = Trace()
    raws: list[Fraction] = []
    texts: list[tuple[str, str, list[str]]] = []
    notes: list[tuple[str, str]] = []
    for act in args.activities:
        raw, zh, en, rules, row_notes = _raw(act, args.offshore_island, trace)
        raws.append(raw)
        texts.append((f"{_year_zh(act.year)}：{zh}", f"{_year_en(act.year)}: {en}", rules))
        notes.extend(n for n in row_notes if n not in notes)
    if any(a.year is None for a in args.activities):
        trace.assume(UNNAMED_YEAR)

    counted = list(raws)
    cap_rows: list[CapApplied] = []
    cap_rules: dict[int, list[str]] = defaultdict(list)
    cap_text: dict[int, tuple[str, str]] = {}
    years = sorted({a.year for a in args.activities}, key=lambda y: (y is None, y or 0))
    for cap in CAPS:
        for year in years:
            idx = [i for i, a in enumerate(args.activities) if a.year == year and a.kind in cap.kinds]
            subtotal = sum((raws[i] for i in idx), Fraction(0))
            if subtotal <= cap.limit:
                continue
            left = Fraction(cap.limit)
            # The cap cuts the year's total; rows take what is left in input order (the total is what matters).
            for i in idx:
                counted[i] = min(raws[i], left)
                left -= counted[i]
                cap_rules[i].append(cap.rule)
                cap_text[i] = (
                    f" → 與同年{cap.zh}合計 {fmt(subtotal)} 分，超過年度上限 {cap.limit} 分 → 本筆計入 {fmt(counted[i])} 分",
                    f" → with the same year's other {cap.en}: {fmt(subtotal)}, over the yearly cap of {cap.limit}"
                    f" → this row counts {fmt(counted[i])}",
                )
            cap_rows.append(CapApplied(
                year=_year_key(year), cap=cap.name, limit=cap.limit, raw=num(subtotal), counted=cap.limit,
                rule=cap.rule,
                text=f"{_year_zh(year)}{cap.zh}共 {fmt(subtotal)} 分 → {cap.label} 年度上限 {cap.limit} → {cap.limit} 分",
                text_en=f"{_year_en(year)}: {cap.en} total {fmt(subtotal)} → yearly cap {cap.limit} ({cap.rule}) → {cap.limit}",
            ))

    rows: list[ActivityRow] = []
    for i, act in enumerate(args.activities):
        zh, en, rules = texts[i]
        extra_zh, extra_en = cap_text.get(i, ("", ""))
        all_rules = rules + cap_rules[i]
        rows.append(ActivityRow(
            text=zh + extra_zh, text_en=en + extra_en, rule=rules[0], kind=act.kind, year=act.year,
            count=act.count, raw=num(raws[i]), counted=num(counted[i]), rules=all_rules,
        ))
        trace.cite(*all_rules)
    for cap in CAPS:  # a capped kind is subject to its cap even when the cap did not bite
        if any(a.kind in cap.kinds for a in args.activities):
            trace.cite(cap.rule)

    by_year: dict[str, Fraction] = {}
    for year in years:
        by_year[_year_key(year)] = sum(
            (counted[i] for i, a in enumerate(args.activities) if a.year == year), Fraction(0)
        )
    total = sum(by_year.values(), Fraction(0))
    by_part: dict[str, Fraction] = {}
    for i, act in enumerate(args.activities):
        part = PART_OF_KIND.get(act.kind, act.kind)
        by_part[part] = by_part.get(part, Fraction(0)) + counted[i]
    fields = trace.fields()
    fields["breakdown"] = rows
    return TsaCreditTallyResult(
        total=num(total),
        by_year={k: num(v) for k, v in by_year.items()},
        by_part={k: num(v) for k, v in by_part.items()},
        caps_applied=cap_rows,
        notes=[n[0] for n in notes],
        notes_en=[n[1] for n in notes],
        **fields,
    )


# ---------------------------------------------------------------- tsa_renewal_check

RENEWAL_REQUIRED = 600  # 10: 六年內積分須滿 600 分
RENEWAL_YEARS = 6
RENEWAL_RULE = "tsa-cme/10"
MISSION_PER_YEAR = 100  # 5.14: 一年扣抵 100 分
MISSION_RULE = "tsa-cme/5.14"

MISSION_PRO_RATA = Assumption(
    "駐外醫療團期間按月等比例扣抵：每月 100/12 分，扣抵總分四捨五入至小數第二位。",
    "The overseas medical-mission reduction is pro rata by month: 100/12 credits a month, the total rounded to 2 decimals.",
)
ZERO_YEAR_DURING_MISSION = Assumption(
    "第十條「每年之積分不得有零分」在駐外醫療團期間仍然適用（第五條第十四款只縮減總積分）。",
    "The rule of 10 that no year may have 0 credits still applies during an overseas mission (5.14 only reduces the total).",
)


MAX_YEARLY_CREDITS = 5000


class TsaRenewalCheckInput(CalcInput):
    """The six yearly credit totals of the certificate's validity and any overseas-mission months."""

    model_config = titled("外科專科證書展延", "Surgical cert. renewal", "外科專科醫師證書能否展延？", "Can my surgical specialist certificate be renewed?")

    # A year's credits beyond 5,000 is no reading of 第五條 (its caps keep a busy year in the hundreds).
    yearly_credits: list[Annotated[float, Field(ge=0, le=MAX_YEARLY_CREDITS)]] = Field(
        min_length=RENEWAL_YEARS,
        max_length=RENEWAL_YEARS,
        description="Credits of each of the 6 years of the certificate's validity, oldest first (6 numbers, each >= 0)",
        json_schema_extra=ui("六年各年積分", "Credits of each year", item_zh="第 {n} 年", item_en="Year {n}", hint_zh="證書效期內各年度，由最早到最近", hint_en="Each year of the validity, oldest first"),
    )
    overseas_mission_months: int = Field(
        0, ge=0, le=72, description="Months posted abroad with a government overseas medical mission (駐外醫療團)",
        json_schema_extra=ui("駐外醫療團月數", "Overseas mission months", hint_zh="政府派駐國外醫療團的月數（無則填 0）", hint_en="Months with a government overseas medical mission (0 if none)"),
    )


class TsaRenewalCheckResult(CalcResult):
    eligible: bool = Field(description="At least the required total and no year with 0 credits")
    required: Number = Field(description="Credits required (600 less the overseas-mission reduction)")
    total: Number = Field(description="Credits of the six years together")
    shortfall: Number = Field(description="Credits still missing (0 if none)")
    zero_years: list[int] = Field(description="1-based positions of years with 0 credits")
    mission_reduction: Number = Field(0, description="Credits taken off the requirement for overseas-mission months")


def tsa_renewal_check(args: TsaRenewalCheckInput) -> TsaRenewalCheckResult:
    """Check whether a TSA surgical specialist certificate can be renewed: 600 credits in 6 years, no zero year.

    Args:
        args: yearly_credits (six yearly totals, oldest first) and overseas_mission_months.
    """
    trace = Trace()
    credits = [exact(v) for v in args.yearly_credits]
    total = sum(credits, Fraction(0))
    trace.step(
        "六年積分合計：" + " + ".join(fmt(c) for c in credits) + f" = {fmt(total)} 分",
        "Six-year total: " + " + ".join(fmt(c) for c in credits) + f" = {fmt(total)}",
        RENEWAL_RULE,
    )
    required = Fraction(RENEWAL_REQUIRED)
    reduction: Number = 0
    if args.overseas_mission_months:
        m = args.overseas_mission_months
        reduction = round_half_up(Fraction(MISSION_PER_YEAR, 12) * m, 2)
        required -= exact(reduction)
        trace.assume(MISSION_PRO_RATA)
        trace.step(
            f"駐外醫療團 {m} 個月 × 100/12 分 = {fmt(reduction)} 分 → 應達 {RENEWAL_REQUIRED} − {fmt(reduction)} = {fmt(required)} 分",
            f"Overseas mission {m} months × 100/12 = {fmt(reduction)} → required {RENEWAL_REQUIRED} − {fmt(reduction)} = {fmt(required)}",
            MISSION_RULE,
        )
    shortfall = max(Fraction(0), required - total)
    if shortfall:
        trace.step(
            f"須達 {fmt(required)} 分，合計 {fmt(total)} 分 → 尚差 {fmt(shortfall)} 分",
            f"Required {fmt(required)}, total {fmt(total)} → {fmt(shortfall)} short",
            RENEWAL_RULE,
        )
    else:
        trace.step(
            f"須達 {fmt(required)} 分，合計 {fmt(total)} 分 → 已達標",
            f"Required {fmt(required)}, total {fmt(total)} → met",
            RENEWAL_RULE,
        )
    zero_years = [i + 1 for i, c in enumerate(credits) if c == 0]
    if zero_years:
        where = "、".join(f"第 {y} 年" for y in zero_years)
        trace.step(
            f"每年之積分不得有零分：{where}為 0 分 → 不符展延條件",
            f"No year may have 0 credits: year(s) {', '.join(map(str, zero_years))} have 0 → not eligible",
            RENEWAL_RULE,
        )
        if args.overseas_mission_months:
            trace.assume(ZERO_YEAR_DURING_MISSION)
    else:
        trace.step("每年之積分不得有零分：六年皆有積分 → 符合", "No year may have 0 credits: every year has credits → met",
                   RENEWAL_RULE)
    eligible = not shortfall and not zero_years
    return TsaRenewalCheckResult(
        eligible=eligible,
        required=num(required),
        total=num(total),
        shortfall=num(shortfall),
        zero_years=zero_years,
        mission_reduction=reduction,
        **trace.fields(),
    )
