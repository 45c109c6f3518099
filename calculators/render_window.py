"""The renewal window's result in words (shared by the TSA and TSIR certificates)."""

from __future__ import annotations

from calculators.render import Renderer, sentence_case
from calculators.renewal_window import CERTIFICATES, RenewalWindowInput, RenewalWindowResult


class WindowRenderer(Renderer[RenewalWindowInput, RenewalWindowResult]):
    def tag(self, args: RenewalWindowInput, lang: str) -> str:
        cert = CERTIFICATES[args.doc]
        return cert.zh if lang == "zh-TW" else cert.en

    def headline(self, args: RenewalWindowInput, result: RenewalWindowResult, lang: str) -> str:
        r = result
        renewal = CERTIFICATES[args.doc].renewal(lang)
        if lang == "zh-TW":
            text = f"{renewal}：證書 {r.expiry_date} 到期，可自 {r.opens} 起申請，至 {r.closes} 止。"
            if r.late_until:
                text += f"情形特殊經中央衛生主管機關核准者，得於 {r.late_until} 前補行申請。"
            return text
        text = f"{sentence_case(renewal)}: the certificate expires on {r.expiry_date}; you can apply from {r.opens} until {r.closes}."
        if r.late_until:
            text += f" In special circumstances, with the health authority's approval, a late application is possible until {r.late_until}."
        return text
