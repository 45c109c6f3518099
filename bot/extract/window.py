"""The renewal window shared by tsa-cme (展延) and tsir-instructor (換證): dates → renewal_window."""

from __future__ import annotations

from typing import Any

from bot.extract.base import Extraction, Need, Note, has
from bot.parsing.dates import find_dates, find_invalid_dates
from bot.parsing.text import Query

WHEN = r"什麼時候|何時|哪天|幾月幾日|幾號|多久|期間|時間|開始|截止|最晚|最早|來得及|還能|還可以|可以申請嗎|when|deadline|window|how late|how early|by what date|last day|until"
RENEW = r"展延|延展|換證|換發|續證|renew|extension|extend"
EXPIRY = r"到期|屆滿|期滿|效期|有效期限|expire|expiry|expiration|valid until|valid through"
ISSUE = r"核發|發證|頒發|發給|發的|發下來|取得|拿到|通過|issued|granted|obtained|received"
BIRTH = r"出生|生日|生於|born|birth|dob"
APPLY = r"申請|apply|applying|application"
TSA = r"外科|專科醫師證書|surg|tsa\b"
TSIR = r"指導老師|介入|instructor|tsir"


def renewal_window(q: Query) -> Extraction | None:
    """renewal_window: expiry (or issue) date → when the renewal application opens and closes."""
    t = q.text
    dates = find_dates(t)
    # "證書 117/5/31 到期，申請期間是？": a certificate date and when to apply is a renewal question
    # even without the word 展延.
    cert_date = bool(dates) and has(r"證書|證照|cert", t) and has(EXPIRY + "|" + ISSUE, t) and has(WHEN + "|" + APPLY, t)
    if not has(RENEW, t) and not cert_date:
        return None
    if not dates and not has(WHEN, t):
        return None
    args: dict[str, Any] = {}
    needs: list[Need] = []
    notes: list[Note] = []
    if has(TSIR, t):
        args["doc"] = "tsir-instructor"
    elif has(TSA, t):
        args["doc"] = "tsa-cme"
    elif has(r"換證|換發", t):
        # 換證 is the TSIR text's word (第四條 換發新證書); the surgical rules say 展延.
        args["doc"] = "tsir-instructor"
        notes.append(Note("「換證」視為台灣介入放射線學會指導老師證書的換證（第四條）；若問的是外科專科醫師證書展延，請說明。",
                          "'Renewal' is read as the TSIR instructor certificate (article 4); say so if you mean the surgical specialist certificate."))
    elif has(r"展延|延展|extension|extend", t):
        args["doc"] = "tsa-cme"
        notes.append(Note("「展延」視為外科專科醫師證書的展延（台灣外科醫學會）。",
                          "'Extension' is read as the surgical specialist certificate (TSA)."))
    else:
        needs.append(Need("doc", "是外科專科醫師證書的展延，還是介入放射線學會指導老師證書的換證？",
                          "Is it the surgical specialist certificate (TSA) or the interventional radiology instructor certificate (TSIR)?"))
    for d in dates:
        window = t[max(0, d.start - 12): d.end + 12]
        before, after = t[max(0, d.start - 8): d.start], t[d.end: d.end + 6]
        if has(BIRTH, before + " " + after):
            continue  # a birth date (rule 6's age 60) is no certificate date
        if has(APPLY, before + " " + after) and not has(EXPIRY + "|" + ISSUE, before + " " + after):
            continue  # "2026年5月3日申請": the application date, not the expiry
        if has(ISSUE, window) and not has(EXPIRY, t[d.end: d.end + 8]):
            args.setdefault("issue_date", d.date.isoformat())
        else:
            args.setdefault("expiry_date", d.date.isoformat())
    if "expiry_date" in args and "issue_date" in args:
        args.pop("issue_date")
    bad = find_invalid_dates(t)
    invalid = [Need("expiry_date", f"「{b}」不是存在的日期，請確認證書的到期日。", f"'{b}' is not a real date; please check the expiry date.")
               for b in bad] if not dates else []
    if "expiry_date" not in args and "issue_date" not in args and not invalid:
        needs.append(Need("expiry_date", "證書的到期日是哪一天（或核發日）？", "What is the certificate's expiry date (or its issue date)?"))
    facts = sum(1 for k in ("expiry_date", "issue_date") if k in args)
    score = 2.0 + facts * 2 + (1 if has(WHEN, t) else 0)
    if not facts and not has(r"我|我的|my|our|\bi\b", t):
        score -= 1
    return Extraction("renewal_window", args, needs, notes, invalid=invalid, score=score, facts=facts)


EXTRACTORS = [renewal_window]
