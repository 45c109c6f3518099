"""The HPA mammography calculators' results in words (乳房 X 光攝影醫療機構資格後續審查作業)."""

from __future__ import annotations

from calculators.hpa_mammo import (
    ACTION_NAMES,
    IMAGE_BANDS,
    QC_BANDS,
    QC_ITEMS,
    REREAD_CONSEQUENCES,
    FacilityVolumeInput,
    FacilityVolumeResult,
    FollowupDeadlineInput,
    FollowupDeadlineResult,
    FollowupDeductionInput,
    FollowupDeductionResult,
    ImageGradeInput,
    ImageGradeResult,
    QcGradeInput,
    QcGradeResult,
    RadiographerVolumeInput,
    RadiographerVolumeResult,
    RereadActionInput,
    RereadActionResult,
    tier_name,
)
from calculators.render import Renderer, join, label


def band_shown(bands: tuple, grade: str, lang: str) -> str:
    """The score band of a grade as the regulation's table prints it ("70-76 分"; "70-76", "85 or more", "below 70"): said
    beside a grade, so the first line answers "which grade is that" with the band the score falls in."""
    shown = next((b.shown for b in bands if b.grade == grade), "")
    if lang == "zh-TW" or not shown:
        return shown
    return shown.replace(" 分以上", " or more").replace("未達 ", "below ").replace(" 分", "")


class ImageGradeRenderer(Renderer[ImageGradeInput, ImageGradeResult]):
    def outcome(self, args: ImageGradeInput, result: ImageGradeResult) -> str:
        return result.grade

    def headline(self, args: ImageGradeInput, result: ImageGradeResult, lang: str) -> str:
        # (self-selected sets grade by the lower one: said, since "average or the lower set?" is often what is asked)
        lower = str(getattr(args.kind, "value", args.kind)) == "self_selected"
        band = band_shown(IMAGE_BANDS, result.grade, lang)
        if lang == "zh-TW":
            return f"臨床影像評估評等為 {result.grade} 等（{band}；採計{'較低組' if lower else ''}分數 {result.score_used} 分）。"
        return (f"Clinical image evaluation grade: {result.grade} ({band}; score used: {'the lower set, ' if lower else ''}"
                f"{result.score_used}).")

    def tag(self, args: ImageGradeInput, lang: str) -> str:
        """A self-selected and a sampled evaluation in one question: which one each grade is."""
        zh = {"self_selected": "自選片", "sampled": "抽選片"}
        en = {"self_selected": "self-selected", "sampled": "sampled"}
        kind = str(getattr(args.kind, "value", args.kind))
        return (zh if lang == "zh-TW" else en).get(kind, kind)


class QcGradeRenderer(Renderer[QcGradeInput, QcGradeResult]):
    def outcome(self, args: QcGradeInput, result: QcGradeResult) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(result.grades.items()))

    def headline(self, args: QcGradeInput, result: QcGradeResult, lang: str) -> str:
        # (one item graded: its band said beside its grade, "假體影像分析 C 等（70-76 分）" — the line the grade falls in)
        one = len(result.grades) == 1
        if lang == "zh-TW":
            items = join([f"{label(QC_ITEMS, k, lang)} {v} 等" + (f"（{band_shown(QC_BANDS, v, lang)}）" if one else "")
                          for k, v in result.grades.items()], lang)
            return f"實地測試評等：{items}；最差為 {result.worst} 等。"
        items = join([f"{label(QC_ITEMS, k, lang)}: {v}" + (f" ({band_shown(QC_BANDS, v, lang)})" if one else "")
                      for k, v in result.grades.items()], lang)
        return f"Field test grades: {items}; worst: {result.worst}."


class RereadRenderer(Renderer[RereadActionInput, RereadActionResult]):
    def outcome(self, args: RereadActionInput, result: RereadActionResult) -> str:
        return str(result.tier)

    def consequences(self, args: RereadActionInput, result: RereadActionResult) -> dict[str, bool | None]:
        return dict(REREAD_CONSEQUENCES[str(result.tier)])

    def headline(self, args: RereadActionInput, result: RereadActionResult, lang: str) -> str:
        tier = tier_name(result.tier, lang)
        return f"複判差異評估結果：{tier}。" if lang == "zh-TW" else f"Re-read discrepancy result: {tier}."

    def tag(self, args: RereadActionInput, lang: str) -> str:
        """Several readers in one question: each one's figures."""
        pos, neg = args.positive_discrepancy_pct, args.negative_discrepancy_pct
        shown = [f"{'陽性' if lang == 'zh-TW' else 'positive'} {pos:g}%" if pos is not None else "",
                 f"{'陰性' if lang == 'zh-TW' else 'negative'} {neg:g}%" if neg is not None else ""]
        return join([x for x in shown if x], lang)


class FacilityVolumeRenderer(Renderer[FacilityVolumeInput, FacilityVolumeResult]):
    def favourable(self, args: FacilityVolumeInput, result: FacilityVolumeResult) -> bool | None:
        return not result.over_limit

    def outcome(self, args: FacilityVolumeInput, result: FacilityVolumeResult) -> bool:
        return result.over_limit

    def headline(self, args: FacilityVolumeInput, result: FacilityVolumeResult, lang: str) -> str:
        r = result
        if lang == "zh-TW":
            head = f"合理量為 {r.reasonable_volume} 案，可給付上限 {r.allowed_volume} 案；"
            return head + (f"超出 {r.excess_cases} 案，這部分篩檢費用健康署得不予給付。" if r.excess_cases else "未超出上限。")
        head = f"Reasonable volume {r.reasonable_volume}, payable up to {r.allowed_volume}; "
        return head + (f"{r.excess_cases} screenings over that may not be paid." if r.excess_cases else "not exceeded.")


class RadiographerVolumeRenderer(Renderer[RadiographerVolumeInput, RadiographerVolumeResult]):
    """Only the limits the question gave a figure for are answered."""

    def favourable(self, args: RadiographerVolumeInput, result: RadiographerVolumeResult) -> bool | None:
        """Within every limit the question gave a figure for, and no spot review (True); over every one of them (False);
        None when they differ (520 a month: over the cap, no spot review) — a yes / no is then not given for them."""
        given = args.model_fields_set
        checks = [over for key, over in (("monthly_screenings", result.over_monthly_cap),
                                         ("monthly_screenings", result.van_spot_review),
                                         ("daily_screenings_on_van", result.over_van_daily_cap),
                                         ("radiographers_on_van", result.over_van_max_radiographers))
                  if key in given and over is not None]
        return None if not checks or len(set(checks)) != 1 else not checks[0]

    def outcome(self, args: RadiographerVolumeInput, result: RadiographerVolumeResult) -> tuple[bool | None, ...]:
        return (result.over_monthly_cap, result.over_van_daily_cap, result.over_van_max_radiographers, result.van_spot_review)

    def headline(self, args: RadiographerVolumeInput, result: RadiographerVolumeResult, lang: str) -> str:
        zh = lang == "zh-TW"
        r = result
        given = args.model_fields_set

        def verdict(over: bool | None, within_en: str = "not exceeded") -> str:
            return ("已超過" if over else "未超過") if zh else ("exceeded" if over else within_en)

        parts = []
        if "monthly_screenings" in given:
            over = r.over_monthly_cap
            parts.append(f"每月上限 {r.monthly_cap} 案：" + verdict(over) if zh else
                         f"monthly cap {r.monthly_cap}: " + verdict(over))
        if "daily_screenings_on_van" in given:
            over = r.over_van_daily_cap
            parts.append(f"乳攝車每人每天上限 {r.van_daily_cap} 案：" + verdict(over) if zh else
                         f"van daily cap {r.van_daily_cap} per radiographer: " + verdict(over))
        if "radiographers_on_van" in given:
            over = r.over_van_max_radiographers
            parts.append(f"每輛乳攝車報備人數上限 {r.van_max_radiographers} 人：" + verdict(over) if zh else
                         f"at most {r.van_max_radiographers} radiographers per van: " + verdict(over, "within the limit"))
        if r.van_spot_review:
            parts.append("已達乳攝車隨時抽片審查的條件" if zh else "the van may be spot-reviewed at any time")
        return ("；".join(parts) + "。") if zh else ("; ".join(parts) + ".")

    def tag(self, args: RadiographerVolumeInput, lang: str) -> str:
        """Several radiographers' counts in one question: each one's count."""
        count = args.monthly_screenings if args.monthly_screenings is not None else args.daily_screenings_on_van
        return "" if count is None else (f"{count:g} 案" if lang == "zh-TW" else f"{count:g} screenings")


class DeductionRenderer(Renderer[FollowupDeductionInput, FollowupDeductionResult]):
    def favourable(self, args: FollowupDeductionInput, result: FollowupDeductionResult) -> bool | None:
        return result.deduction_pct == 0

    def outcome(self, args: FollowupDeductionInput, result: FollowupDeductionResult) -> int:
        return result.deduction_pct

    def headline(self, args: FollowupDeductionInput, result: FollowupDeductionResult, lang: str) -> str:
        r = result
        if lang == "zh-TW":
            text = f"追蹤完成率 {r.completion_rate_pct}%，扣款比例為當年度總補助篩檢金額的 {r.deduction_pct}%"
            return text + (f"，即 {r.deduction_amount} 元" if r.deduction_amount is not None else "") + "。"
        text = (f"Follow-up completion rate {r.completion_rate_pct}%: deduction of {r.deduction_pct}% of the year's "
                "total screening subsidy")
        return text + (f", i.e. NT${r.deduction_amount}" if r.deduction_amount is not None else "") + "."


class DeadlineRenderer(Renderer[FollowupDeadlineInput, FollowupDeadlineResult]):
    """One clean sentence: what, within how long, by when (the result's action_zh is a whole clause of its
    own, so it is not pasted in here)."""

    def headline(self, args: FollowupDeadlineInput, result: FollowupDeadlineResult, lang: str) -> str:
        zh = lang == "zh-TW"
        r = result
        action, day = label(ACTION_NAMES, r.action, lang), args.screening_date
        text = (f"category {args.category} 的個案須於 {r.months} 個月內完成{action}" if zh else
                f"Category {args.category}: {action} within {r.months} months")
        if r.deadline:
            if zh:
                text += f"（篩檢日 {day} → 最晚 {r.deadline}）" if day else f"（最晚 {r.deadline}）"
            else:
                text += f" (screened {day} → by {r.deadline})" if day else f" (by {r.deadline})"
        if r.surgery_tracking:
            text += "；確診為乳癌者，須追蹤其是否接受手術" if zh else "; if breast cancer is confirmed, whether surgery follows must be tracked"
        return text + ("。" if zh else ".")

    def tag(self, args: FollowupDeadlineInput, lang: str) -> str:
        """Several cases in one question: each one's category."""
        return f"category {args.category}"
