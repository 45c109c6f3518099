"""The TSIR instructor calculators' results in words (介入放射線學會指導老師認證辦法)."""

from __future__ import annotations

from calculators.common import in_lang
from calculators.render import Renderer, label
from calculators.tsir_instructor import (
    DOMAINS,
    LIFETIME_RULE,
    PATHS,
    RENEWAL_RULE,
    TsirEligibilityInput,
    TsirEligibilityResult,
    TsirRenewalInput,
    TsirRenewalResult,
)


def domain_name(domain: str, lang: str) -> str:
    """A domain's name (腫瘤局部消融治療 / tumour ablation); an unknown key as given."""
    rule = DOMAINS.get(domain)
    return domain if rule is None else in_lang(rule.zh, rule.en, lang)


class EligibilityRenderer(Renderer[TsirEligibilityInput, TsirEligibilityResult]):
    def favourable(self, args: TsirEligibilityInput, result: TsirEligibilityResult) -> bool | None:
        return result.eligible

    def headline(self, args: TsirEligibilityInput, result: TsirEligibilityResult, lang: str) -> str:
        zh = lang == "zh-TW"
        r = result
        domain = domain_name(args.domain, lang)
        if r.eligible:
            path = label(PATHS, str(r.path), lang)
            return (f"符合「{domain}」領域指導老師的申請資格（依據：{path}）。" if zh else
                    f"Eligible to apply as instructor in {domain} (path: {path}).")
        parts = []
        if r.shortfall:
            parts.append(f"最近 6 年個案數需 {r.required_cases} 例，還差 {r.shortfall} 例" if zh else
                         f"the domain requires {r.required_cases} cases in the last 6 years; {r.shortfall} more needed")
        if r.years_shortfall:
            parts.append(f"專科醫師年資需 {r.years_required} 年以上，還差 {r.years_shortfall} 年" if zh else
                         f"at least {r.years_required} years as specialist are required; {r.years_shortfall} more needed")
        body = "；".join(parts) if zh else "; ".join(parts)
        if zh:
            return f"目前尚不符合「{domain}」領域指導老師的申請資格" + (f"：{body}。" if body else "。")
        return f"Not yet eligible as instructor in {domain}" + (f": {body}." if body else ".")

    def tag(self, args: TsirEligibilityInput, lang: str) -> str:
        return domain_name(args.domain, lang)


def lifetime_only(args: TsirRenewalInput, result: TsirRenewalResult) -> bool:
    """A lifetime question (article 6, dates given) that names no renewal activities and no points."""
    return result.lifetime_eligible is not None and not args.activities and not args.cme_points


class RenewalRenderer(Renderer[TsirRenewalInput, TsirRenewalResult]):
    """For a lifetime-only question article 6 is the answer: 0 points is no tally, so its rows are left out."""

    def favourable(self, args: TsirRenewalInput, result: TsirRenewalResult) -> bool | None:
        """Enough points to renew (for a lifetime-only question: 60 on the application day); None where both were worked
        out and they disagree ("終身證可以嗎？不行的話積分還差多少" at 60 with too few points): no one yes / no answers both."""
        if lifetime_only(args, result):
            return result.lifetime_eligible
        if result.lifetime_eligible is not None and result.lifetime_eligible != result.eligible:
            return None
        return result.eligible

    def headline(self, args: TsirRenewalInput, result: TsirRenewalResult, lang: str) -> str:
        zh = lang == "zh-TW"
        r = result
        if lifetime_only(args, r):
            age, day = r.age_on_application, args.application_date
            if r.lifetime_eligible:
                return (f"可以：申請日 {day} 時您 {age} 歲，已年滿 60 歲，可申請終身指導老師證書，通過後免換證。" if zh else
                        f"Yes: on the application date {day} you are {age}, so 60 or older: you may apply for a lifetime "
                        "instructor certificate, and once it is granted no renewal is needed.")
            return (f"還不行：申請日 {day} 時您 {age} 歲，未滿 60 歲，尚不能申請終身指導老師證書；在此之前換證仍須於證書效期六年內累積 "
                    f"{r.required} 分。" if zh else
                    f"Not yet: on the application date {day} you are {age}, under 60, so no lifetime certificate yet; "
                    f"until then, renewal needs {r.required} points within the six-year validity.")
        text = f"換證積分 {r.points} 分（需 {r.required} 分）" if zh else f"Renewal points: {r.points} (required {r.required})"
        if r.eligible:
            text += "，已達換證條件。" if zh else ", enough to renew."
        else:
            text += f"，還差 {r.shortfall} 分。" if zh else f", {r.shortfall} short."
        if r.lifetime_eligible:
            text += ("申請日已年滿 60 歲，可申請終身指導老師證書，通過後免換證。" if zh else
                     " You are 60 or older on the application date: you may apply for a lifetime certificate (no renewal needed).")
        elif r.lifetime_eligible is False:
            text += "申請日未滿 60 歲，尚不能申請終身指導老師證書。" if zh else " Under 60 on the application date: no lifetime certificate yet."
        return text

    def steps(self, args: TsirRenewalInput, result: TsirRenewalResult, lang: str) -> list[str]:
        if not lifetime_only(args, result):
            return result.step_lines(lang)
        return [line for row in result.breakdown if row.rule != RENEWAL_RULE and (line := in_lang(row.text, row.text_en, lang))]

    def citations(self, args: TsirRenewalInput, result: TsirRenewalResult) -> list[str]:
        ids = list(result.citations)
        if lifetime_only(args, result):
            ids.sort(key=lambda cid: cid != LIFETIME_RULE)  # article 6 answers it; article 5 is context
        return ids
