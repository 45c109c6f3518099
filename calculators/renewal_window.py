"""When a TSA specialist or TSIR instructor certificate can be renewed (shared by both documents)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from calculators.common import MONTH_ARITHMETIC, Assumption, CalcInput, CalcResult, Trace, add_months
from calculators.errors import FieldProblem
from calculators.labels import titled, ui

VALIDITY_YEARS = 6  # tsa-cme 10, tsir-instructor 4: 有效期限為六年
WINDOW_MONTHS = 6  # tsa-cme 11.n1: 屆滿前六個月內; tsir-instructor 4: 期滿前半年
LATE_MONTHS = 12  # tsa-cme 11.n1: 屆滿之日起一年內補行申請 (special circumstances, health authority's approval)
RULES = {
    "tsa-cme": {"validity": "tsa-cme/10", "window": "tsa-cme/11.n1", "late": "tsa-cme/11.n1",
                "late_reason": "tsa-cme/11.n2.2"},
    "tsir-instructor": {"validity": "tsir-instructor/4", "window": "tsir-instructor/4", "late": None,
                        "late_reason": None},
}


@dataclass(frozen=True)
class Certificate:
    """A certificate's names: in answers (`zh`, `en`), its renewal's word, and the older wordings the
    calculation steps and the form's choice keep."""

    zh: str
    en: str
    renewal_zh: str  # 展延 (TSA) / 換證 (TSIR)
    step_zh: str
    choice_zh: str
    choice_en: str

    def renewal(self, lang: str) -> str:
        """外科專科醫師證書展延 / surgical specialist certificate renewal."""
        return f"{self.zh}{self.renewal_zh}" if lang == "zh-TW" else f"{self.en} renewal"


# The certificates (documents) a renewal question is about: the one table the steps, the form, the answers
# and the engine's notes name them from.
CERTIFICATES: dict[str, Certificate] = {
    "tsa-cme": Certificate(zh="外科專科醫師證書", en="surgical specialist certificate", renewal_zh="展延",
                           step_zh="外科專科醫師證書", choice_zh="外科專科醫師證書",
                           choice_en="TSA surgical specialist certificate"),
    "tsir-instructor": Certificate(zh="介入放射線學會指導老師證書", en="TSIR instructor certificate", renewal_zh="換證",
                                   step_zh="介入性診療指導老師證書", choice_zh="介入放射指導老師證書",
                                   choice_en="TSIR instructor certificate"),
}

EXPIRY_FROM_ISSUE = Assumption(
    "期滿日以核發日加 6 年之同一日計算（該月無此日時取月底）。",
    "The expiry date is taken as the issue date plus 6 years, same day (month end where that day does not exist).",
)


class RenewalWindowInput(CalcInput):
    """Which certificate, and its expiry date or its issue date (exactly one of the two)."""

    model_config = titled("換證申請期間", "Renewal window", "證書什麼時候可以申請換證／展延？", "When can I apply to renew my certificate?")

    doc: Literal["tsa-cme", "tsir-instructor"] = Field(
        description="tsa-cme (surgical specialist certificate) or tsir-instructor (TSIR instructor certificate)",
        json_schema_extra=ui("證書", "Certificate", choices={k: (c.choice_zh, c.choice_en) for k, c in CERTIFICATES.items()}),
    )
    expiry_date: date | None = Field(None, description="Certificate expiry date, YYYY-MM-DD (give this or issue_date)",
        json_schema_extra=ui("證書期滿日", "Expiry date", hint_zh="與核發日二擇一", hint_en="Give this or the issue date"),
    )
    issue_date: date | None = Field(
        None, description="Certificate issue date, YYYY-MM-DD; the certificate is valid 6 years (give this or expiry_date)",
        json_schema_extra=ui("證書核發日", "Issue date", hint_zh="與期滿日二擇一；效期 6 年", hint_en="Give this or the expiry date; valid 6 years"),
    )

    @model_validator(mode="after")
    def _one_date(self) -> RenewalWindowInput:
        if self.expiry_date is None and self.issue_date is None:
            raise FieldProblem("expiry_date", "give expiry_date or issue_date (one of the two)")
        if self.expiry_date is not None and self.issue_date is not None:
            if self.expiry_date < self.issue_date:
                raise FieldProblem("expiry_date", f"must not be before issue_date {self.issue_date}", str(self.expiry_date))
            raise FieldProblem("issue_date", "give expiry_date or issue_date, not both", str(self.issue_date))
        return self


class RenewalWindowResult(CalcResult):
    expiry_date: date
    opens: date = Field(description="First day an application may be filed (6 months before expiry)")
    closes: date = Field(description="Last day of the ordinary window (the expiry date)")
    late_until: date | None = Field(
        description="tsa-cme only: late application up to one year after expiry with the health authority's approval"
    )


def renewal_window(args: RenewalWindowInput) -> RenewalWindowResult:
    """Give the renewal application window of a TSA specialist or TSIR instructor certificate.

    Args:
        args: doc (tsa-cme or tsir-instructor) and expiry_date, or issue_date (+6 years).
    """
    trace = Trace()
    rules = RULES[args.doc]
    cert = CERTIFICATES[args.doc]
    title_zh, title_en = cert.step_zh, cert.en
    clamped = False
    if args.expiry_date is not None:
        expiry = args.expiry_date
        trace.step(f"{title_zh}期滿日：{expiry}", f"{title_en[0].upper()}{title_en[1:]} expires on {expiry}")
    else:
        assert args.issue_date is not None
        expiry, clamped = add_months(args.issue_date, 12 * VALIDITY_YEARS)
        trace.assume(EXPIRY_FROM_ISSUE)
        trace.step(
            f"核發日 {args.issue_date} ＋ 有效期限 {VALIDITY_YEARS} 年 → 期滿日 {expiry}",
            f"Issued {args.issue_date} + {VALIDITY_YEARS}-year validity → expires {expiry}",
            rules["validity"],
        )
    opens, c1 = add_months(expiry, -WINDOW_MONTHS)
    clamped |= c1
    trace.step(
        f"期滿前 {WINDOW_MONTHS} 個月內申請展延：{expiry} − {WINDOW_MONTHS} 個月 = {opens} 起，至期滿日 {expiry} 止",
        f"Apply within the {WINDOW_MONTHS} months before expiry: {expiry} − {WINDOW_MONTHS} months = from {opens} "
        f"to the expiry date {expiry}",
        rules["window"],
    )
    late_until: date | None = None
    if rules["late"]:
        late_until, c2 = add_months(expiry, LATE_MONTHS)
        clamped |= c2
        trace.step(
            f"情形特殊經中央衛生主管機關核准者，得於期滿之日起一年內補行申請：至 {late_until}",
            f"In special circumstances, with the central health authority's approval, a late application is possible "
            f"within one year of expiry: until {late_until}",
            rules["late"],
        )
        # 備註二(二): the special reason must be filed before expiry, or the late route is closed.
        trace.step(
            f"惟須於期滿日 {expiry} 前提出特殊理由，送請醫學會核轉衛生主管機關同意後，始得於期滿起一年內補提",
            f"But the special reason must be filed before the expiry date {expiry}, through the society to the health "
            "authority, for the late application to be accepted",
            rules["late_reason"],
        )
    if clamped:
        trace.assume(MONTH_ARITHMETIC)
    return RenewalWindowResult(expiry_date=expiry, opens=opens, closes=expiry, late_until=late_until, **trace.fields())
