"""Vocabulary of the renewal window shared by tsa-cme (展延) and tsir-instructor (換證): how questions name it."""

from __future__ import annotations

from calculators.renewal_window import RenewalWindowInput
from calculators.lexicon import extend
from calculators.vocab import Choice, Slot, Vocabulary

TERMS = {
    "when": r"什麼時候|哪時候|啥時候|幾時|何時|哪天|幾月幾日|幾號|多久|期間|時間|開始|截止|最晚|最早|來得及|還能|還可以|可以申請嗎|"
            r"when|deadline|window|how late|how early|by what date|last day|until|"
            # (the first or last day asked as a superlative: "what's the earliest I can file", "latest date to submit",
            # "how soon can I apply", "最快幾號可以送", "最遲哪天")
            r"最快|最慢|最遲|最迟|\b(?:earliest|latest|soonest)\b|how soon|first (?:day|date)",
    # (the new certificate asked for: "換新證", "申請新的證書", "file for the new one")
    # (… or said as the certificate's 延期 / 延續, as the renewal check reads it: "证书什么时候可以开始申请延期")
    "renew": r"展延|延展|換證|換發|續證|換新(?:的)?證|renew|extension|extend|\bnew\s+(?:one|cert(?:ificate)?)\b|(?:證書|证书)?(?:延期|延续|延續)",
    # (the certificate said, then changed for a new one: "指導老師證書什麼時候可以申請換新的", "指導老師證什麼時候要換"): a renewal
    # where whose certificate it is is said too (`trigger`) — "證書什麼時候可以申請換新的" alone asks the rule's period
    "renew_loose": r"換新的|(?:證書?|證照)[^，,。；?？\s\d]{0,8}?換(?!算|成|到|個|人)",
    # (the date the certificate runs to: "證書到116/1/31", "效期到 2027/8/31", "runs out 2027-08-31", "good until")
    "expiry": r"到期|屆滿|期滿|效期|有效期限|expire|expiry|expiration|valid until|valid through|"
              r"(?:證書|證照|證|效期|期限)(?:只)?(?:有效)?(?:到|至)(?=\s*(?:民國|西元)?\s*\d)|"
              # ("證上面寫有效到2028/2/29", "有效至 117/5/31": valid up to a date, whatever is said before it)
              r"有效(?:日期|期限)?(?:只)?(?:到|至)(?=\s*(?:民國|西元)?\s*\d)|"
              r"\b(?:runs?|ran) out\b|\blapses?\b|\b(?:good|valid) (?:till|til|thru|to)\b|"
              # (the last day said as the certificate's end or its use: "ends 31 Aug 2027", "ends on 2027-08-31", "證書用到
              # 2027/8/31", "可以用到 116/8/31")
              r"\bend(?:s|ing)?\s+(?:on\s+)?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|用到(?=\s*(?:民國|西元)?\s*\d)",
    "issue": r"核發|發證|頒發|發給|發的|發下來|取得|拿到|拿的|領到|領的|考到|考取|通過|issued|granted|obtained|received|"
             # the verb of getting it, the certificate named between it and the date ("got my TSIR instructor cert on")
             r"(?:got|get|earned|received|obtained|was\s+(?:given|awarded|issued))\s+(?:my|the|our|his|her)?\s*"
             r"(?:[\w-]+\s+){0,4}?(?:certificate|cert)(?:\s+back)?\s+(?:on|in|dated)",
    # the certificate said to have been obtained, with no date beside it ("got my TSIR instructor cert back in 2019", "I was
    # awarded the instructor certificate that year"): its issue date is the one to ask for
    "obtained": r"\b(?:got|get|earned|received|obtained|was\s+(?:given|awarded|issued))\s+(?:my|the|our|his|her)?\s*"
                r"(?:[\w-]+\s+){0,4}?(?:certificate|cert)\b",
    "expiry_or_issue": r"到期|屆滿|期滿|效期|有效期限|expire|expiry|expiration|valid until|valid through|"
                       r"核發|發證|頒發|發給|發的|發下來|取得|拿到|拿的|領到|領的|考到|考取|通過|issued|granted|obtained|received|got|earned|awarded",
    "when_or_apply": r"什麼時候|哪時候|啥時候|幾時|何時|哪天|幾月幾日|幾號|多久|期間|時間|開始|截止|最晚|最早|來得及|還能|還可以|可以申請嗎|"
                     r"when|deadline|window|how late|how early|by what date|last day|until|申請|apply|applying|application|"
                     # (the papers handed in: "送件", "遞件", "file for the new one", "submit", "send in")
                     r"最快|最慢|最遲|最迟|\b(?:earliest|latest|soonest)\b|how soon|送件|遞件|交件|\bfil(?:e|ing)\b|\bsubmit\w*|send(?:ing)? in",
    # (the papers handed in for the new certificate: "送件", "申請", "submit", "send in the paperwork")
    "hand_in": r"送件|遞件|递件|交件|送審|送审|遞交|递交|提交|申請|申请|提出|\bapply\b|\bapplication\b|\bsubmit\w*|send(?:ing)?\s+(?:\w+\s+){0,2}?in\b|"
               r"\bfil(?:e|ing)\b|\bpaperwork\b",
    # the day the certificate runs out asked with its renewal ("證書什麼時候會到期？可以提早多久換", "when does my instructor cert
    # expire? I'd like to renew early"): its own date, asked for (the expiry asked alone is the rule's six years)
    "change": r"換(?!算)|renew",
    "expiry_asked": r"(?:什麼時候|啥時候|何時|幾時|哪一?天)[^，,。？?]{0,6}?(?:到期|過期|期滿|屆滿)|"
                    r"\bwhen\s+(?:does|will|do)\s+[^?.]{0,40}?\b(?:expire|run\s+out|lapse|end)\b",
    # (said short after whose it is: "指導老師證", "專科醫師證", never a proof: 證明, 證實, 證據)
    # (… or the surgical specialist certificate said by its short name alone: "我外專 115/6/30 到期", "my surgery board expires")
    "certificate": r"證書|證照|cert|(?:老師|醫師|專科)證(?![明實據件])|外專|\b(?:surgical|surgery)\s+board\b",
    "own": r"我|我的|my|our|\bi\b",
    "tsa": r"外科|專科醫師證書|surg|tsa\b",
    # (指導醫師: what users may call our instructor, as bot/scope.py reads a bare one renewed)
    "tsir": r"指導老師|指導醫師|介入|instructor|tsir",
    # the lifetime certificate asked instead of the renewal ("when my cert comes up for renewal can I go for the lifetime one
    # instead?", "換證時可以直接改申請終身嗎"): article 6's age check, no window — unless the certificate's own date is named
    "lifetime": r"終身|终身|lifetime|life-long|lifelong|permanent\s+(?:cert|certificate|one)",
}
# the lexicon's everyday words of each certificate and each date, less those the other's words match
TERMS |= {"tsa": extend(TERMS["tsa"], "renewal_window.doc=tsa-cme", TERMS["tsir"]),
          "tsir": extend(TERMS["tsir"], "renewal_window.doc=tsir-instructor", TERMS["tsa"]),
          "expiry": extend(TERMS["expiry"], "renewal_window.expiry_date", TERMS["issue"]),
          "issue": extend(TERMS["issue"], "renewal_window.issue_date", TERMS["expiry"])}
TERMS["expiry_or_issue"] = f"{TERMS['expiry']}|{TERMS['issue']}"

VOCABULARY = [
    Vocabulary(
        tool="renewal_window",
        model=RenewalWindowInput,
        terms=TERMS,
        # "證書 117/5/31 到期，申請期間是？": a certificate date and when to apply is a renewal question
        # even without the word 展延.
        trigger=(("renew",), ("renew_loose", "tsir"), ("renew_loose", "tsa"), ("renew_loose", "own"),
                 ("@date", "certificate", "expiry_or_issue", "when_or_apply"), ("certificate", "expiry_asked", "change"),
                 # (the certificate said to be running out, when to hand in asked, no date: "指導醫師證書快到期了，什麼時候要
                 # 送件", "my instructor cert is about to expire, when do I submit?" — its renewal, the expiry asked back)
                 ("certificate", "expiry", "when", "hand_in")),
        block=(("!@date", "!when"), ("lifetime", "!expiry_or_issue")),
        slots=(
            Slot("doc", "enum", counts=False, choices=(
                Choice("tsir-instructor", "tsir"),
                Choice("tsa-cme", "tsa"),
                # (換證 / 換發 name no certificate: the TSIR text says 換發新證書, but people say 換證 of the surgical
                # specialist certificate too — "外科專科換證", "專科換證積分" — so a bare 換證 gives both windows,
                # `each_if_missing`, like a bare "renew")
                Choice("tsa-cme", r"展延|延展|extension|extend", note=(
                    "「展延」視為外科專科醫師證書的展延（台灣外科醫學會）。",
                    "'Extension' is read as the surgical specialist certificate (TSA).")),
            ), each_if_missing=("未說明是哪一張證書：外科專科醫師證書（展延）與介入放射線學會指導老師證書（換證）的期間都列出，請對照您的證書。",
                                "The certificate was not named: the window is given for both the surgical specialist certificate "
                                "and the TSIR instructor certificate; read the one that is yours."),
            ask=("是外科專科醫師證書的展延，還是介入放射線學會指導老師證書的換證？",
                    "Is it the surgical specialist certificate (TSA) or the interventional radiology instructor certificate (TSIR)?")),
            Slot("expiry_date", "date", terms="expiry", default=True,
                 ask=("證書的到期日是哪一天（或核發日）？", "What is the certificate's expiry date (or its issue date)?")),
            # "2020 年 2 月 29 日核發"; the certificate said to have been obtained ("我 2021 年拿到", "got it in 2021") and no
            # expiry named: its issue date is what is asked — the reply's bare date then fills it (`bind_dates`)
            Slot("issue_date", "date", terms="issue", near=12, near_after=6,
                 ask=("證書的核發日期是哪一天（年月日）？（或直接告訴我到期日）",
                      "What is the certificate's issue date (year, month and day)? (Or give its expiry date.)"),
                 ask_when=(("issue", "!expiry", "!@slot:expiry_date"), ("obtained", "!expiry", "!@slot:expiry_date"))),
        ),
        one_of=(("expiry_date",), ("issue_date",)),
        # (a date followed at once by 生, "1965年12月31日生的": the reader joins the words before and after the date with a space)
        date_skip=r"出生|生日|生於|born|birth|dob|(?<=\s)(?:出)?生(?!效)",
        # (the day the papers go in, "115年12月20日送件", "submit on 2026-12-20", is the application's too)
        date_other=r"申請|送件|遞件|交件|遞交|送出|提交|apply|applying|application|submit(?:ting)?|send(?:ing)?|\bfil(?:e|ing)\b",
        invalid_date=("「{date}」不是存在的日期，請確認證書的到期日。", "'{date}' is not a real date; please check the expiry date."),
        base=2.0, per_fact=2.0,
        bonus=((("when",), 1.0), (("!@fact", "!own"), -1.0)),
        # "Yearly credits over the 6 years were 80, 110, …", "過去六年積分…", "my 6-year cycle": the certificate's six years
        # said as the period other figures are for (the renewal check's) — never a fact of the window (its dates are)
        framing=((r"\b(?:these|those|the past|the last|in the|over the|during the|within the|for the|of the)\s+6(?=\s+years?\b)"
                  r"|(?<![\d.])6(?=\s*-\s*(?:years?|yrs?)\b)|(?:這|这|那|過去|过去|最近|近)\s*6(?=\s*年)"
                  r"|(?<![\d.])6(?=\s*年\s*(?:內|内|中|之中|間|间|期間|期间|裡|里|當中|当中))",
                  ("「六年」是證書效期的期間，不是一個數字。", "The six years are the certificate's period, not a figure.")),),
    ),
]
