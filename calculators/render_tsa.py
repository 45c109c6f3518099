"""The TSA CME calculators' results in words (台灣外科醫學會繼續教育積分認定辦法)."""

from __future__ import annotations

from calculators.render import Renderer, join
from calculators.tsa_cme import TsaCreditTallyInput, TsaCreditTallyResult, TsaRenewalCheckInput, TsaRenewalCheckResult


class CreditTallyRenderer(Renderer[TsaCreditTallyInput, TsaCreditTallyResult]):
    def headline(self, args: TsaCreditTallyInput, result: TsaCreditTallyResult, lang: str) -> str:
        zh = lang == "zh-TW"
        text = f"積分合計 {result.total} 分。" if zh else f"Total: {result.total} credits."
        years = result.by_year
        named = [k for k in years if k.isdigit()]
        if len(years) > 1 or named:
            parts = [f"{k} 年 {v} 分" if zh else f"{k}: {v}" for k, v in years.items() if k.isdigit()]
            parts += [f"未註明年度 {v} 分" if zh else f"year not given: {v}" for k, v in years.items() if not k.isdigit()]
            text += ("（各年度：" + "；".join(parts) + "）") if zh else (" By year: " + "; ".join(parts) + ".")
        return text


class RenewalCheckRenderer(Renderer[TsaRenewalCheckInput, TsaRenewalCheckResult]):
    def favourable(self, args: TsaRenewalCheckInput, result: TsaRenewalCheckResult) -> bool | None:
        return result.eligible

    def headline(self, args: TsaRenewalCheckInput, result: TsaRenewalCheckResult, lang: str) -> str:
        zh = lang == "zh-TW"
        r = result
        if r.eligible:
            return (f"可以申請展延：六年合計 {r.total} 分，已達 {r.required} 分，且沒有積分為零的年度。" if zh else
                    f"Yes, the certificate can be renewed: {r.total} credits in six years (required {r.required}), "
                    "no year with zero credits.")
        reasons = []
        if r.shortfall:
            reasons.append(f"六年合計 {r.total} 分，未達 {r.required} 分，還差 {r.shortfall} 分" if zh else
                           f"{r.total} credits in six years, below the required {r.required} (short by {r.shortfall})")
        if r.zero_years:
            years = join([str(y) for y in r.zero_years], lang)
            reasons.append(f"第 {years} 年積分為零（每年之積分不得有零分）" if zh else
                           f"year(s) {years} had zero credits (no year may have zero)")
        return ("尚不符合展延條件：" + "；".join(reasons) + "。") if zh else ("Not yet eligible for renewal: " + "; ".join(reasons) + ".")
