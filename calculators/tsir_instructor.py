"""台灣介入放射線學會 指導老師認證辦法 (tsir-instructor): eligibility per domain and renewal points."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Literal

from pydantic import Field, model_validator

from calculators.common import Assumption, CalcInput, CalcResult, Number, Trace, exact, fmt, num
from calculators.errors import FieldProblem
from calculators.labels import titled, ui

DOC = "tsir-instructor"

# ---------------------------------------------------------------- tsir_instructor_eligibility

Domain = Literal[
    "localization_biopsy_drainage_pain",
    "tumor_embolization",
    "non_tumor_embolization",
    "vascular_intervention",
    "nonvascular_stenting",
    "ablation",
]


@dataclass(frozen=True)
class DomainRule:
    required_cases: int
    rule: str
    zh: str
    en: str


DOMAINS: dict[str, DomainRule] = {  # article 2: cases in the 6 years before applying
    "localization_biopsy_drainage_pain": DomainRule(
        300, "tsir-instructor/2.1", "影像導引定位／切片／引流／疼痛控制治療", "image-guided localization/biopsy/drainage/pain control"
    ),
    "tumor_embolization": DomainRule(300, "tsir-instructor/2.2", "腫瘤血管栓塞治療", "tumour transcatheter arterial embolization"),
    "non_tumor_embolization": DomainRule(
        100, "tsir-instructor/2.3", "非腫瘤血管栓塞治療", "non-tumour transcatheter arterial embolization"
    ),
    "vascular_intervention": DomainRule(100, "tsir-instructor/2.4", "血管介入治療", "vascular intervention"),
    "nonvascular_stenting": DomainRule(
        100, "tsir-instructor/2.5", "膽道／泌尿道／胃腸道內支架置放", "biliary/urinary/gastrointestinal stenting"
    ),
    "ablation": DomainRule(180, "tsir-instructor/2.6", "腫瘤局部消融治療", "tumour ablation"),
}
YEARS_AS_SPECIALIST = 8  # 1.1: 專科醫師 8 年以上
YEARS_RULE = "tsir-instructor/1.1"
LECTURES_REQUIRED = 3  # 1.2.1: 演講 3 次(含)以上 / 講師 / 座長
LECTURES_RULE = "tsir-instructor/1.2.1"
SCI_REQUIRED = 2  # 1.2.2: SCI 文章 2 篇(含)以上 (第一作者/通訊作者)
SCI_RULE = "tsir-instructor/1.2.2"

ALTERNATIVE_PATHS = Assumption(
    "第一條「符合其中之一即可」解讀為三種擇一的途徑：(一) 專科醫師年資 8 年以上且完成第二條個案數；"
    "(二) 該項專長演講、講師或座長 3 次以上；(三) 第一作者或通訊作者 SCI 文章 2 篇以上。後二者免個案數（亦不另計年資）。",
    "Article 1's “符合其中之一即可” (any one suffices) is read as three alternative paths: (1) 8+ years as a "
    "specialist and the case count of article 2; (2) 3+ lectures or moderator roles in the domain; (3) 2+ SCI "
    "papers as first or corresponding author. The last two waive the case count (and the years are not checked).",
)


class TsirEligibilityInput(CalcInput):
    """One domain's instructor application facts."""

    model_config = titled("指導老師申請資格", "Instructor eligibility", "我能申請介入放射指導老師嗎？", "Do I qualify as a TSIR instructor?")

    domain: Domain = Field(
        description=(
            "Domain: localization_biopsy_drainage_pain (定位/切片/引流/疼痛控制, PCN, PTCD; 300 cases), "
            "tumor_embolization (TACE, TARE; 300), non_tumor_embolization (bleeding, PAE, UAE, BRTO; 100), "
            "vascular_intervention (PTA, thrombolysis, stents, dialysis access, TIPS; 100), nonvascular_stenting "
            "(biliary/urinary/GI stents; 100), ablation (PEI/PAI, RFA, cryo, MWA, laser, IRE; 180)"
        ),
        json_schema_extra=ui("專長項目", "Domain", choices={k: (d.zh, d.en) for k, d in DOMAINS.items()}),
    )
    cases_last_6_years: int = Field(
        ge=0, le=100000, description="Cases in this domain in the 6 years before the application date (all techniques added up)",
        json_schema_extra=ui("近 6 年個案數", "Cases in the last 6 years", hint_zh="申請前 6 年內該項專長的個案數（各術式合計）", hint_en="Cases in this domain in the 6 years before applying (all techniques)"),
    )
    years_as_specialist: float = Field(
        ge=0, le=70, description="Years of practice since the radiology specialist certificate (decimals allowed)",
        json_schema_extra=ui("專科醫師年資（年）", "Years as specialist", hint_zh="取得放射線專科醫師證書後的年數", hint_en="Years since the radiology specialist certificate"),
    )
    lectures_in_domain: int = Field(
        0, ge=0, le=10000, description="Lectures, or invited lecturer/moderator roles, in this domain at interventional meetings",
        json_schema_extra=ui("該專長演講／講師／座長次數", "Lectures or moderator roles", hint_zh="於介入性治療相關會議", hint_en="At interventional meetings, in this domain"),
    )
    sci_first_or_corresponding: int = Field(
        0, ge=0, le=10000, description="SCI papers as first or corresponding author",
        json_schema_extra=ui("SCI 論文篇數（第一或通訊作者）", "SCI papers (first or corresponding author)"),
    )


EligibilityPath = Literal["cases", "lectures", "sci"]
# The eligibility paths of article 1 (zh, en): the one table the answers name them from.
PATHS: dict[str, tuple[str, str]] = {
    "cases": ("年資與個案數（第一條第一款、第二條）", "years as specialist and case count (art. 1(1), art. 2)"),
    "lectures": ("演講／講師／座長 3 次以上（第一條第二款(1)）", "3+ lectures or moderator roles (art. 1(2)(1))"),
    "sci": ("SCI 第一／通訊作者文章 2 篇以上（第一條第二款(2)）", "2+ SCI papers as first/corresponding author (art. 1(2)(2))"),
}


class TsirEligibilityResult(CalcResult):
    eligible: bool
    required_cases: int = Field(description="Cases the domain requires in the 6 years before applying")
    shortfall: int = Field(description="Cases still needed (0 if eligible or if the case count is met)")
    path: EligibilityPath | None = Field(description="The path that makes the applicant eligible")
    paths_met: list[EligibilityPath] = Field(default_factory=list)
    years_required: int = YEARS_AS_SPECIALIST
    years_shortfall: Number = Field(0, description="Years as specialist still needed for the cases path")


def tsir_instructor_eligibility(args: TsirEligibilityInput) -> TsirEligibilityResult:
    """Check whether an interventional radiologist qualifies as TSIR instructor in one domain.

    Args:
        args: domain, cases_last_6_years, years_as_specialist, lectures_in_domain, sci_first_or_corresponding.
    """
    trace = Trace()
    d = DOMAINS[args.domain]
    cases_ok = args.cases_last_6_years >= d.required_cases
    years = exact(args.years_as_specialist)
    years_ok = years >= YEARS_AS_SPECIALIST
    lectures_ok = args.lectures_in_domain >= LECTURES_REQUIRED
    sci_ok = args.sci_first_or_corresponding >= SCI_REQUIRED
    paths_met = [p for p, ok in (("cases", cases_ok and years_ok), ("lectures", lectures_ok), ("sci", sci_ok)) if ok]
    path = paths_met[0] if paths_met else None
    case_gap = max(0, d.required_cases - args.cases_last_6_years)

    trace.step(
        f"{d.zh}：最近 6 年須完成 {d.required_cases} 例；已完成 {args.cases_last_6_years} 例 → "
        + ("已達" if cases_ok else f"尚差 {case_gap} 例"),
        f"{d.en}: {d.required_cases} cases required in the last 6 years; {args.cases_last_6_years} done → "
        + ("met" if cases_ok else f"{case_gap} short"),
        d.rule,
    )
    trace.step(
        f"專科醫師年資須 {YEARS_AS_SPECIALIST} 年以上：{fmt(years)} 年 → " + ("符合" if years_ok else "未達"),
        f"At least {YEARS_AS_SPECIALIST} years as a specialist: {fmt(years)} → " + ("met" if years_ok else "not met"),
        YEARS_RULE,
    )
    if path != "cases":
        trace.assume(ALTERNATIVE_PATHS)
        trace.step(
            f"或：該項專長演講／講師／座長須 {LECTURES_REQUIRED} 次以上：{args.lectures_in_domain} 次 → "
            + ("符合（免個案數）" if lectures_ok else "未達"),
            f"Or: {LECTURES_REQUIRED}+ lectures or moderator roles in the domain: {args.lectures_in_domain} → "
            + ("met (case count waived)" if lectures_ok else "not met"),
            LECTURES_RULE,
        )
        trace.step(
            f"或：第一作者／通訊作者 SCI 文章須 {SCI_REQUIRED} 篇以上：{args.sci_first_or_corresponding} 篇 → "
            + ("符合（免個案數）" if sci_ok else "未達"),
            f"Or: {SCI_REQUIRED}+ SCI papers as first or corresponding author: {args.sci_first_or_corresponding} → "
            + ("met (case count waived)" if sci_ok else "not met"),
            SCI_RULE,
        )
    path_zh = {"cases": "個案數與年資", "lectures": "演講／講師／座長", "sci": "SCI 文章"}
    if path:
        trace.step(f"結論：符合資格（依{path_zh[path]}途徑）", f"Result: eligible (by the {path} path)")
    else:
        trace.step("結論：尚不符合任何一種途徑", "Result: not eligible by any path")
    years_gap = max(Fraction(0), YEARS_AS_SPECIALIST - years)
    return TsirEligibilityResult(
        eligible=path is not None,
        required_cases=d.required_cases,
        shortfall=0 if path else case_gap,
        path=path,
        paths_met=paths_met,
        years_shortfall=num(years_gap),
        **trace.fields(),
    )


# ---------------------------------------------------------------- tsir_renewal_check

ActivityKind = Literal[
    "sci_full_article",
    "sci_case_report",
    "non_sci_full_article",
    "non_sci_case_report",
    "lecturer_or_moderator",
    "oral_or_eposter",
    "international_meeting_attendance",
]


@dataclass(frozen=True)
class PointRule:
    rule: str
    zh: str
    en: str
    lead: int = 0  # first or corresponding author
    other: int = 0  # other authors
    international: int = 0
    domestic: int = 0
    each: int = 0


POINTS: dict[str, PointRule] = {
    "sci_full_article": PointRule("tsir-instructor/5.1", "SCI 文章 full article", "SCI full article", lead=40, other=15),
    "sci_case_report": PointRule("tsir-instructor/5.1", "SCI 文章 case report", "SCI case report", lead=20, other=8),
    "non_sci_full_article": PointRule(
        "tsir-instructor/5.2", "non-SCI 文章 full article", "non-SCI full article", lead=20, other=10
    ),
    "non_sci_case_report": PointRule("tsir-instructor/5.2", "non-SCI 文章 case report", "non-SCI case report", lead=10, other=5),
    "lecturer_or_moderator": PointRule(
        "tsir-instructor/5.3", "介入治療相關題目講師／座長", "lecturer or moderator on an interventional topic",
        international=40, domestic=20,
    ),
    "oral_or_eposter": PointRule(
        "tsir-instructor/5.3", "oral／e-poster 發表", "oral or e-poster presentation", international=25, domestic=15
    ),
    "international_meeting_attendance": PointRule(
        "tsir-instructor/5.4", "參與國外介入性治療相關會議", "attending an overseas interventional meeting", each=15
    ),
}
PAPER_KINDS = ("sci_full_article", "sci_case_report", "non_sci_full_article", "non_sci_case_report")
SCOPED_KINDS = ("lecturer_or_moderator", "oral_or_eposter")
RENEWAL_POINTS = 200  # 5: 六年內教育積分累積達 200 分以上
RENEWAL_RULE = "tsir-instructor/5"
LIFETIME_AGE = 60  # 6: 年齡屆滿 60 歲以上（以申請日為基準日）
LIFETIME_RULE = "tsir-instructor/6"
# Author roles and meeting scopes (zh, en): the one table each the steps and the form's choices use.
ROLES: dict[str, tuple[str, str]] = {"first": ("第一作者", "first author"), "corresponding": ("通訊作者", "corresponding author"),
                                     "other": ("其餘作者", "other author")}
SCOPES: dict[str, tuple[str, str]] = {"international": ("國外", "international"), "domestic": ("國內", "domestic")}
ROLE_ZH = {k: zh for k, (zh, _) in ROLES.items()}
SCOPE_ZH = {k: zh for k, (zh, _) in SCOPES.items()}

FEB29_BIRTHDAY = Assumption(
    "2 月 29 日出生者，在非閏年以 2 月 28 日為生日（依日曆月計算，取該月最後一天）。",
    "For a person born on 29 February, the birthday in a non-leap year is taken as 28 February (month-end clamping).",
)


class TsirActivity(CalcInput):
    """One kind of renewal activity within the certificate's 6-year validity."""

    kind: ActivityKind = Field(
        description=(
            "sci_full_article (40 first/corresponding, 15 other), sci_case_report (20/8), non_sci_full_article "
            "(20/10), non_sci_case_report (10/5), lecturer_or_moderator (40 international, 20 domestic), "
            "oral_or_eposter (25 international, 15 domestic), international_meeting_attendance (15 each)"
        ),
        json_schema_extra=ui("類別", "Kind", choices={k: (p.zh, p.en) for k, p in POINTS.items()}),
    )
    count: int = Field(1, ge=1, le=1000, description="How many",
        json_schema_extra=ui("數量", "How many"),
    )
    role: Literal["first", "corresponding", "other"] | None = Field(
        None, description="Author role for papers: first, corresponding or other",
        json_schema_extra=ui("作者角色", "Author role", hint_zh="論文需填", hint_en="For papers", choices=ROLES),
    )
    scope: Literal["international", "domestic"] | None = Field(
        None, description="For lecturer_or_moderator and oral_or_eposter: international (國外) or domestic (國內)",
        json_schema_extra=ui("國內／國外", "International or domestic", hint_zh="講師／座長與口頭／電子海報發表需填", hint_en="For lectures, moderator roles and presentations", choices=SCOPES),
    )

    @model_validator(mode="after")
    def _needs(self) -> TsirActivity:
        if self.kind in PAPER_KINDS and self.role is None:
            raise FieldProblem("role", f"required for {self.kind} (first, corresponding or other)")
        if self.kind in SCOPED_KINDS and self.scope is None:
            raise FieldProblem("scope", f"required for {self.kind} (international or domestic)")
        return self


class TsirRenewalInput(CalcInput):
    """Renewal facts of a TSIR instructor certificate."""

    model_config = titled("指導老師換證積分", "Instructor renewal", "我的介入放射指導老師證書換證積分夠嗎？", "Do I have enough TSIR instructor renewal points?")

    activities: list[TsirActivity] = Field(
        default_factory=list, max_length=500, description="Papers, lectures, presentations and overseas meetings in the 6 years",
        json_schema_extra=ui("活動", "Activities", item_zh="活動 {n}", item_en="Activity {n}", hint_zh="六年效期內的論文、演講、發表與國外會議", hint_en="Papers, lectures, presentations and overseas meetings in the 6 years"),
    )
    cme_points: float = Field(0, ge=0, le=100000, description="Plain radiology specialist education points (放射線專科醫師教育積分)",
        json_schema_extra=ui("放射線專科教育積分", "Radiology education points", hint_zh="一般放射線專科醫師教育積分（無則填 0）", hint_en="Plain radiology specialist education points (0 if none)"),
    )
    birth_date: date | None = Field(None, description="Date of birth, YYYY-MM-DD (for the lifetime certificate of article 6)",
        json_schema_extra=ui("出生日期", "Date of birth", hint_zh="判斷第六條年滿 60 歲終身效期用", hint_en="For the age-60 lifetime certificate of article 6"),
    )
    application_date: date | None = Field(None, description="Application date, YYYY-MM-DD (the reference date for age 60)",
        json_schema_extra=ui("申請日期", "Application date", hint_zh="計算年齡的基準日", hint_en="The reference date for age 60"),
    )

    @model_validator(mode="after")
    def _dates(self) -> TsirRenewalInput:
        if self.birth_date and self.application_date and self.application_date < self.birth_date:
            raise FieldProblem("application_date", f"must not be before birth_date {self.birth_date}", str(self.application_date))
        return self


class TsirRenewalResult(CalcResult):
    points: Number = Field(description="Points in the 6-year validity")
    required: int = RENEWAL_POINTS
    shortfall: Number = Field(description="Points still missing (0 if none)")
    eligible: bool = Field(description="Points reach the required 200")
    lifetime_eligible: bool | None = Field(
        description="Aged 60 or more on the application date (article 6: lifetime certificate, no renewal); "
        "null when birth_date or application_date is missing"
    )
    age_on_application: int | None = None


def _birthday(birth: date, age: int) -> tuple[date, bool]:
    """The date one reaches `age`; 29 Feb births fall on 28 Feb in non-leap years (returned flag)."""
    try:
        return birth.replace(year=birth.year + age), False
    except ValueError:
        return birth.replace(year=birth.year + age, day=28), True


def _age(birth: date, on: date) -> int:
    years = on.year - birth.year
    return years if _birthday(birth, years)[0] <= on else years - 1


def tsir_renewal_check(args: TsirRenewalInput) -> TsirRenewalResult:
    """Add up TSIR instructor renewal points (200 needed in 6 years) and check the age-60 lifetime certificate.

    Args:
        args: activities (kind, count, role or scope), cme_points, birth_date and application_date.
    """
    trace = Trace()
    total = exact(args.cme_points)
    for act in args.activities:
        p = POINTS[act.kind]
        if act.kind in PAPER_KINDS:
            role = act.role or "other"
            per = p.lead if role in ("first", "corresponding") else p.other
            zh_what, en_what = f"{p.zh}（{ROLE_ZH[role]}）", f"{p.en} ({role} author)"
        elif act.kind in SCOPED_KINDS:
            scope = act.scope or "domestic"
            per = p.international if scope == "international" else p.domestic
            zh_what, en_what = f"{p.zh}（{SCOPE_ZH[scope]}）", f"{p.en} ({scope})"
        else:
            per = p.each
            zh_what, en_what = p.zh, p.en
        pts = act.count * per
        total += pts
        sep = "" if zh_what.endswith("）") else " "
        trace.step(f"{zh_what}{sep}{act.count} × {per} 分 = {pts} 分", f"{en_what}: {act.count} × {per} = {pts}", p.rule)
    if args.cme_points or not args.activities:
        trace.step(f"放射線專科醫師教育積分 {fmt(args.cme_points)} 分", f"Radiology education points: {fmt(args.cme_points)}",
                   RENEWAL_RULE)
    shortfall = max(Fraction(0), RENEWAL_POINTS - total)
    trace.step(
        f"合計 {fmt(total)} 分，須達 {RENEWAL_POINTS} 分 → " + ("已達標" if not shortfall else f"尚差 {fmt(shortfall)} 分"),
        f"Total {fmt(total)}, {RENEWAL_POINTS} required → " + ("met" if not shortfall else f"{fmt(shortfall)} short"),
        RENEWAL_RULE,
    )

    lifetime: bool | None = None
    age: int | None = None
    if args.birth_date and args.application_date:
        sixtieth, clamped = _birthday(args.birth_date, LIFETIME_AGE)
        if clamped:
            trace.assume(FEB29_BIRTHDAY)
        age = _age(args.birth_date, args.application_date)
        lifetime = args.application_date >= sixtieth
        trace.step(
            f"出生 {args.birth_date}，{LIFETIME_AGE} 歲生日 {sixtieth}；申請日 {args.application_date} 時 {age} 歲 → "
            + ("已屆滿 60 歲，可申請終身指導老師證書，通過後免換證" if lifetime else "未滿 60 歲"),
            f"Born {args.birth_date}, 60th birthday {sixtieth}; aged {age} on the application date {args.application_date} → "
            + ("60 or over: may apply for a lifetime certificate, no renewal after approval" if lifetime else "under 60"),
            LIFETIME_RULE,
        )
    return TsirRenewalResult(
        points=num(total),
        shortfall=num(shortfall),
        eligible=not shortfall,
        lifetime_eligible=lifetime,
        age_on_application=age,
        **trace.fields(),
    )
