"""Chinese-aware lexical ranking: BM25 over clause chunks.

Text is folded first (NFKC, Simplified → Traditional, lower case), then split into
tokens: Chinese runs become character bigrams plus the domain terms they contain
(積分, 年會, 追蹤完成率 …, one list below), Latin words and numbers stay whole.
English questions get a few Chinese synonyms added (one table below) so that
"annual meeting credits" can match 年會 … 積分.

Why bigrams and not jieba: measured on the retrieval eval set, BM25 over jieba words
(with the domain terms as a user dictionary) reached recall@3 0.87, over bigrams 0.94;
jieba's dictionary is mostly Simplified and cuts the Traditional text badly. Bigrams
plus jieba words was no better overall and loading jieba costs 0.6 s of every cold
`regbot search`. Bigrams need no dictionary and cost nothing at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from knowledge.chunks import Chunk
from knowledge.textnorm import fold

# Domain terms kept whole as extra tokens (folded form). Bigrams already cover the
# two-character ones; listing them here still gives them a whole-word token.
DOMAIN_TERMS: tuple[str, ...] = (
    "積分", "年會", "月會", "繼續教育", "教育積分", "換證", "展延", "證書", "有效期限", "專科醫師",
    "指導老師", "終身", "個案數", "第一作者", "通訊作者", "第二作者", "其他作者", "病例報告",
    "講師", "座長", "壁報", "國外", "國內", "進修", "離島", "駐外醫療團", "出席簽名單",
    "乳攝車", "巡迴車", "放射師", "判讀醫師", "複判差異", "跑片考試", "追蹤完成率", "追蹤完成數",
    "疑似陽性", "扣款", "合理量", "數量上限", "臨床影像評估", "自選片", "抽選片", "品管",
    "實地測試", "假體影像", "壓迫裝置", "閱片", "曝露指標", "半值層", "輻射劑量", "評等",
    "輔導措施", "停止判讀", "停權", "示範醫院", "品管討論會", "判片座談會", "確診", "複檢",
    "消融", "栓塞", "支架", "引流", "切片", "洗腎", "審查費", "證書費",
)

# English → Chinese terms added to English questions (small on purpose: only what clearly helps).
SYNONYMS: dict[str, tuple[str, ...]] = {
    # credits and meetings (tsa-cme)
    "credit": ("積分",), "cme": ("繼續教育", "積分"), "point": ("積分",), "annual meeting": ("年會",),
    "monthly meeting": ("月會",), "speaker": ("演講者", "講師"), "surg": ("外科",), "hour": ("時數", "小時"),
    "paper": ("論文", "文章"), "publication": ("論文", "發表"), "case report": ("病例報告",),
    "first author": ("第一作者",), "corresponding author": ("通訊作者",), "second author": ("第二作者",),
    "offshore": ("離島",), "island": ("離島",), "training": ("進修", "訓練"), "abroad": ("國外",),
    "overseas": ("國外", "駐外"), "domestic": ("國內",), "atls": ("高級外傷救命術",),
    "attendance sheet": ("出席簽名單",), "sign": ("簽名",), "stamp": ("蓋章",), "same time": ("同一時間",),
    "simultaneous": ("同一時間",),
    # certificates (tsa-cme, tsir-instructor)
    "renewal": ("換證", "展延"), "renew": ("換證", "展延"), "extension": ("展延",), "expir": ("有效期限", "屆滿"),
    "certificate": ("證書",), "certification": ("認證",), "specialist": ("專科醫師",), "six years": ("六年",),
    "instructor": ("指導老師",), "supervisor": ("指導老師",), "lifetime": ("終身",), "purpose": ("宗旨",),
    "lecture": ("演講", "講師"), "moderator": ("座長",), "poster": ("壁報",), "oral": ("發表",),
    "fee": ("費用", "收費"), "requir": ("條件",), "condition": ("條件",), "mail": ("郵寄",), "application": ("申請",), "apply": ("申請",),
    # procedures (tsir-instructor)
    "ablation": ("消融",), "embolization": ("栓塞",), "stent": ("支架",), "biopsy": ("切片",),
    "drainage": ("引流",), "dialysis": ("洗腎",),
    # mammography review (hpa-mammo)
    "deduction": ("扣款",), "deduct": ("扣款",), "penalt": ("扣款",), "completion rate": ("追蹤完成率",),
    "follow-up": ("追蹤",), "suspected positive": ("疑似陽性",), "categor": ("category",), "follow up": ("追蹤",), "recall": ("複檢",), "diagnosis": ("確診",),
    "radiographer": ("放射師",), "technologist": ("放射師",), "reading physician": ("判讀醫師",),
    "radiologist": ("判讀醫師",), "stop reading": ("停止判讀",), "immediately": ("立即",),
    "re-read": ("複判差異",), "reread": ("複判差異",), "discrepancy": ("複判差異",),
    "van": ("乳攝車", "巡迴車"), "mobile": ("乳攝車", "巡迴車"), "bus": ("乳攝車", "巡迴車"), "truck": ("乳攝車", "巡迴車"), "mammograph": ("乳房", "攝影"),
    "quality assurance": ("品質保證", "品保"), "qa": ("品保",), "radiation": ("輻射",),
    "quality control": ("品管",), "qc": ("品管",), "phantom": ("假體",), "compression": ("壓迫裝置",),
    "dose": ("劑量",), "image": ("影像",), "self-select": ("自選",), "sampl": ("抽選", "抽取"),
    "random": ("抽選", "抽取"), "abstract": ("摘要",), "grade": ("評等",),
    "reasonable volume": ("合理量",), "volume": ("數量", "合理量"), "cap": ("上限",), "limit": ("上限",),
    "ceiling": ("上限",), "maximum": ("上限",),
    "suspend": ("停權",), "suspension": ("停權",), "measure": ("輔導措施",), "consequence": ("輔導措施",),
    "happen": ("輔導措施",),
    # general vocabulary families (issue 10): who decides, what is filed, the review's parts
    "staff": ("工作人員",), "personnel": ("工作人員",), "review": ("審查",), "audit": ("審查",), "inspect": ("審查", "查核"),
    "paperwork": ("書面",), "written": ("書面",), "equipment": ("儀器",), "device": ("儀器",),
    "committee": ("委員會",), "board": ("理事會",), "decide": ("認定",), "accredit": ("認定",), "recogni": ("認定",),
    "circle": ("圈選",), "highlight": ("圈選",), "mark": ("圈選",), "programme": ("議程",), "program": ("議程",), "agenda": ("議程",),
    "reprint": ("抽印本",), "offprint": ("抽印本",), "journal": ("雜誌",), "valid": ("有效期限", "效期"),
    "amend": ("修改", "修正"), "revis": ("修改", "修正"), "announce": ("公告",), "disclos": ("公告",),
    "open to the public": ("公開",), "outside": ("對外", "院外"), "outsider": ("院外人士",),
    "interpret": ("判讀",), "reader": ("判讀醫師",), "corrective": ("輔導措施",), 
    "storage": ("儲存",), "archive": ("儲存",), "cost": ("費用",), "charge": ("費用", "收費"), "reimburs": ("給付",),
    "pay": ("給付", "費用"), "seminar": ("座談會", "討論會"), "tace": ("栓塞",), "tare": ("栓塞",), "rfa": ("消融",),
    "microwave": ("消融",), "proxy": ("代為簽名",), "on behalf": ("代為",), "japan": ("國外",), "korea": ("國外",),
    "europe": ("國外",), "america": ("國外",), "singapore": ("國外",), "hong kong": ("國外",),
    # interventional procedures in the regulation's own words (tsir-instructor 二(四)(3): 靜脈…氣球擴張/溶栓)
    "vein": ("靜脈",), "venous": ("靜脈",), "angioplast": ("氣球擴張",), "thromboly": ("溶栓",),
    # … and the arteries its vascular item names (二(四)(1): 主動脈、上下肢周邊動脈、內臟動脈(腎動脈、腸系膜動脈、腹腔動脈幹))
    "arter": ("動脈",), "aort": ("主動脈",), "mesenteric": ("腸系膜",), "visceral": ("內臟",), "celiac": ("腹腔動脈幹",),
    "coeliac": ("腹腔動脈幹",), "peripheral": ("周邊",),
    "in advance": ("開辦前",), "beforehand": ("開辦前",), "ahead": ("開辦前",),
    # a course run by someone else, applied for (第四條第二款: 繼續教育課程 … 開辦前 30 天申請, 未於期限內申請者恕不受理)
    "course": ("課程",),
    # 5.5's 不定期 sessions said in English ("irregular weekend teaching sessions", "ad hoc lectures"), and their length
    "irregular": ("不定期",), "ad hoc": ("不定期",), "ad-hoc": ("不定期",), "teaching session": ("講習會",),
    # putting right what failed (the regulations' 改善: 須於該會規定時間內完成改善, 限期改善)
    "fix": ("改善",), "rectif": ("改善",), "remed": ("改善",), "correct the": ("改善",), "resolv": ("改善",),
    # round 11 families (English words the regulations' own terms had no bridge from): claiming one thing twice
    # (不得重複申請), who issues a certificate (核發) and the panel that reviews (審查小組), printing films on paper
    # (印片 / 印片機) for want of a high-resolution monitor (閱片螢幕 / 像素)
    "twice": ("重複",), "duplicat": ("重複",), "more than once": ("重複",),
    # round 41: the text's own notes (備註) asked of in English ("cited in the footnotes", "the notes at the end")
    "footnote": ("備註",), "notes at the end": ("備註",), "the notes": ("備註",),
    # (points "doubled" / "可以 double" are the islands' 加倍; counting one thing twice is `PHRASES`' "double count")
    "double": ("加倍",),
    "issue": ("核發",), "issuing": ("核發",), "panel": ("小組",),
    "print": ("印片",), "hard cop": ("印片",), "film print": ("印片",), "monitor": ("螢幕",), "screen resolution": ("像素",),
    "megapixel": ("像素",), "5mp": ("像素",),
    # round 15 families: a spell of training elsewhere (進修: observership, fellowship, visiting …), a follow-up done
    # (完成: completed, complete, completion), the diagnosis the follow-up ends in (乳癌)
    "observership": ("進修",), "fellowship": ("進修",), "visiting fellow": ("進修",), "visiting scholar": ("進修",),
    "study leave": ("進修",), "sabbatical": ("進修",),
    "complet": ("完成",), "breast cancer": ("乳癌",), "malignan": ("乳癌",),
    # (round 26: a meeting by its English names measured worse — "congress" → 醫學會 sent "the TSA annual congress" to the
    # meetings abroad, "conference" → 研討會 a cap on conference presentations to the in-hospital 研討會 cap)
}
# Phrases read before the words they contain, which they then no longer add ("follow-up review" is the
# whole 後續審查, not the 追蹤 of a follow-up completion rate). With the families above (issue 10), English
# recall@1 / recall@3 on the blind development halves (engine route retrieval): rules_blind 0.63/0.72 →
# 0.69/0.78, rules_blind2 0.50/0.73 → 0.62/0.81, rules_blind2_spent 0.63/0.71 → 0.63/0.88, rules_blind3
# 0.39/0.61 → 0.57/0.78; the retrieval eval set unchanged (en 0.82/1.00). Left out, measured: "period" → 期間
# (a grace period fell from the top 3), "score" → 分數, "machine" → 儀器, "case log/count" → 個案數 (HPA's
# 篩檢疑似陽性個案數 came first), "public" (prefix of "publication"), "qc meeting" → 品管討論會.
PHRASES: dict[str, tuple[str, ...]] = {
    # the radiographer (放射師（士）) in everyday English: "rad tech", "x-ray tech", "mammo tech" (as 技術員 / RT in Chinese)
    **{p: ("放射師",) for p in ("rad tech", "radtech", "radiology tech", "radiologic tech", "x-ray tech", "xray tech",
                               "mammo tech", "mammography tech")},
    # an application filed after its deadline (未於期限內申請者恕不受理), said every way people write it
    **{p: ("期限", "不受理") for p in ("apply late", "applied late", "applying late", "file late", "filed late", "filing late",
                                    "submit late", "submitted late", "late application", "late applications", "late filing",
                                    "late submission", "too late to apply", "past the deadline", "after the deadline",
                                    "missed the deadline")},
    # the facility as the one graded (二(三) 醫療機構), not its staff (二(一) 工作人員)
    **{p: ("醫療機構",) for p in ("the facility level", "facility as a whole", "the institution level", "the hospital level",
                                  "the facility side",
                                  "whole facility")},
    # one thing claimed twice (不得重複申請), not points doubled (加倍: SYNONYMS' "double")
    **{p: ("重複",) for p in ("double count", "double claim", "double dip", "double submit", "double report", "claim double")},
    # making up what falls short (補齊 / 補足), and doing so in time (如期): the whole family people write
    **{p: ("補齊",) for p in ("make up", "make it up", "make them up", "made up", "made it up", "made them up", "making up",
                             "catch up", "caught up", "catching up", "top up", "topped up", "make good", "fill the gap")},
    # at once (the regulations' 立即, as 立即停止判讀): the everyday English ways of saying it
    **{p: ("立即",) for p in ("right away", "straight away", "straightaway", "on the spot", "at once", "instantly",
                             "with immediate effect", "effective immediately")},
    # taken off reading (停止判讀): the everyday English ways of saying a reader is stopped
    **{p: ("停止判讀",) for p in ("pulled from reading", "pulled off reading", "taken off reading", "barred from reading",
                                 "stopped from reading", "banned from reading", "off reading")},
    "in time": ("如期",), "on time": ("如期",), "by the deadline": ("如期",), "within the window": ("如期",),
    # an operation on the patient (手術) — read before "surg" (外科: the Surgical Association, a surgical meeting)
    **{p: ("手術",) for p in ("had surgery", "have surgery", "has surgery", "having surgery", "undergo surgery",
                             "underwent surgery", "undergone surgery", "no surgery", "without surgery", "surgery done",
                             "never operated", "operated on", "refused surgery", "declined surgery", "skipped surgery",
                             "got surgery", "get surgery", "needs surgery", "need surgery", "undergoes surgery", "an operation", "the operation", "no operation",
                             "surgical treatment", "resection")},
    "follow-up review": ("後續審查",), "follow up review": ("後續審查",), "follow-up audit": ("後續審查",),
    "follow-up inspection": ("後續審查",), "field test": ("實地測試",), "on-site test": ("實地測試",),
    "on-site": ("實地",), "member number": ("會員號碼",), "membership number": ("會員號碼",),
    "half-value layer": ("半值層",), "hvl": ("半值層",), "education committee": ("教育委員會",),
    "how to apply": ("申請辦法",), "how do i apply": ("申請辦法",), "how do we apply": ("申請辦法",),
    "application procedure": ("申請辦法",), "application rule": ("申請辦法",), "application process": ("申請辦法",),
    "application step": ("申請辦法",), "steps to apply": ("申請辦法",), "procedure for applying": ("申請辦法",),
    "process for applying": ("申請辦法",), "case conference": ("個案討論會",), "case discussion": ("個案討論會",), "reading seminar": ("判片座談會",),
    "board of directors": ("理事會",),
    # the visceral arteries by name (二(四)(1) 腎動脈、腸系膜動脈): the whole name, never "renal" alone (腎 is PCN's too)
    # another person doing it for one (第八條 不得由他人代為簽名): the everyday English ways of naming that other person
    **{p: ("他人",) for p in ("someone else", "somebody else", "anyone else", "anybody else", "another person",
                             "another doctor", "other person")},
    # a certificate issued again (第八條 若補發證書，費用貳佰元整)
    **{p: ("補發",) for p in ("replacement certificate", "replacement cert", "replace my certificate", "replace a certificate",
                             "replace the certificate", "reissue", "re-issue", "reissued", "duplicate certificate",
                             "lost my certificate", "lost certificate")},
    "renal artery": ("腎動脈",), "renal arteries": ("腎動脈",), "superior mesenteric": ("腸系膜動脈",),
    # the specialist's own certificate ("board cert", "board certification": not the society's 理事會) and its lapse ("expir"
    # is a synonym below)
    **{p: ("專科醫師", "證書") for p in ("board cert", "board-cert", "boards cert", "specialty board", "specialist board")},
    **{p: ("有效期限", "屆滿") for p in ("runs out", "run out", "ran out", "lapses", "lapsed")},
    **{p: ("郵寄",) for p in ("by post", "post it", "post them", "posted", "postal", "snail mail", "by courier", "mailed", "mailing")},
    **{p: ("駐外醫療團",) for p in ("medical mission", "medical missions", "medical team abroad", "overseas medical team")},
    "file for": ("申請",), "how early": ("屆滿前",), "earliest": ("屆滿前",),
    # continuing education written "CE" (two letters: a word of its own only before credits / hours / requirements)
    "continuing education": ("繼續教育",), "continuing medical education": ("繼續教育",),
    **{p: ("繼續教育",) for p in ("ce credit", "ce hour", "ce point", "ce requirement", "ce unit", "ceu")},
    # when an event's attendees arrive (報到: check-in, registration desk) and the proof of attendance handed to them
    # (出席之證明: not the specialist's 證書), handed out (發給)
    **{p: ("報到",) for p in ("check-in", "check in", "checkin", "checking in", "registration desk", "sign-in desk",
                             "on arrival", "when people register", "when they register", "at registration")},
    **{p: ("出席", "證明") for p in ("attendance certificate", "attendance cert", "certificate of attendance",
                                  "certificates of attendance", "proof of attendance", "attendance proof")},
    **{p: ("發給",) for p in ("hand out", "handing out", "hand them out", "give out", "giving out", "hand over")},
    # someone from another hospital (the tsa's 院外人士, the HPA's 外院)
    **{p: ("院外", "外院") for p in ("other hospital", "another hospital", "outside hospital", "different hospital")},
    # a member practising abroad (國外執業) at a local meeting there that is not international (當地非國際性的會議)
    **{p: ("執業",) for p in ("practice in", "practise in", "practicing in", "practising in", "practice abroad",
                             "practise abroad", "practicing abroad", "practising abroad", "practice overseas",
                             "practising overseas", "practicing overseas", "working abroad", "work abroad", "works abroad")},
    **{p: ("非國際", "當地") for p in ("non-international", "non international", "not international", "local meeting",
                                   "local conference", "local congress", "local society")},
    **{p: ("國外",) for p in ("usa", "united states", "u.s.", "in the states")},
    # the review's forms
    # round 25 families: the mammography unit in English (the regulation's 乳房 X 光攝影儀; "machine" alone → 儀器 was
    # measured worse, see above), and what the rules rest on (依據 … 制訂)
    # ("mammography unit" / "the unit" too lost a question on the unit's on-site test to its paperwork item, 一(二)2)
    **{p: ("攝影儀",) for p in ("mammo machine", "mammography machine", "mammogram machine", "x-ray machine", "machine itself",
                              "unit itself", "the machine")},
    **{p: ("依據", "制訂") for p in ("legal basis", "based on", "basis for", "derive", "authority for", "enabling regulation",
                                 "parent regulation", "higher regulation", "higher-level regulation", "statutory basis")},
    **{p: ("折算", "換算") for p in ("convert", "conversion", "converted", "converts")},
    # approving a text (the rules' 經理事會通過): read before "sign" (簽名, a signature on a form)
    **{p: ("通過",) for p in ("sign off", "signs off", "signed off", "signing off", "sign-off", "signoff")},
    # round 26: what one has to hand in (the regulations' 須檢附 … 影本): "what do I attach / send / submit", "what
    # documents do I need" — not "paperwork" alone, which is also the HPA review's written part (書面)
    **{p: ("檢附",) for p in ("do i attach", "should i attach", "need to attach", "have to attach", "must attach",
                             "do i send", "should i send", "need to send", "have to send", "must send", "need to provide", "have to provide", "must provide",
                             "should i provide", "do i provide", "do i submit", "should i submit", "need to submit",
                             "have to submit", "must submit", "do i hand in", "documents do", "documents are needed",
                             "documents should", "supporting document", "what proof", "proof do", "paperwork do", "paperwork should",
                             "paperwork is needed", "paperwork does")},
    # round 26: a year without credits ("one year with zero points", "a year at 0 credits"): 每年之積分不得有零分
    **{p: ("每年", "零分") for p in ("zero point", "zero credit", "zero cme", "0 point", "0 credit", "no credits that year",
                                  "no points that year", "year with no credit", "year with no point", "year without credit",
                                  "year without any credit", "year with zero", "a zero year", "blank year")},
    # round 26: looking a figure up oneself ("look it up", "is there a website", "check online"): 可至…系統…查詢
    **{p: ("查詢",) for p in ("look up", "looked up", "looking up", "website", "web site", "online", "web portal",
                             "check it myself", "check ourselves", "query the system")},
    # round 28: days off in English ("holidays", "days off"): the HPA formula writes 工作天數（含例假日） (not "weekend":
    # whether 例假日 takes in every weekend the text does not say — tests/bot/test_rules_answer_round23.py)
    **{p: ("例假日",) for p in ("holiday", "days off", "day off", "public holiday", "national holiday")},
    **{p: ("工作天數",) for p in ("work day", "working day", "workday", "days worked", "days of work")},
    # round 28: the department's head in English ("dept chief", "chief of surgery", "head of surgery"): the rules' 外科部主任
    **{p: ("主任",) for p in ("chief", "head of surgery", "head of the surgery", "head of department", "department head",
                             "dept head", "chairman of surgery", "chair of surgery", "dept chair", "department chair")},
    # (not "chair" alone: a session's chair is the rules' 座長)
    # round 28: the HPA review's written part in English ("desk audit", "document review", "the paperwork part"): its
    # 書面考核 (not "paperwork" alone: what one attaches is 檢附, above)
    **{p: ("書面考核",) for p in ("desk audit", "document audit", "documentary audit", "paper audit", "paperwork part",
                                "paperwork portion", "paperwork review", "paperwork side", "written part", "written review",
                                "written assessment", "document review", "desk review", "documentation review")},
    # round 28: a stay short of a month ("less than a month", "under a month"): the rules write 一個月以內
    **{p: ("一個月以內",) for p in ("less than a month", "less than one month", "shorter than a month", "shorter than one month",
                                "under a month", "under one month", "within a month", "within one month",
                                "short of a month", "not a full month", "not even a month")},
    # round 28: a fee not charged ("waived", "free of charge"): the rules write 免收費
    **{p: ("免收費", "收費") for p in ("waive", "waiver", "free of charge", "no charge", "fee exempt", "fee exemption",
                                   "exempt from the fee", "exempt from fee")},
    # round 31: a unit's age, retirement and moves in English ("how old the unit is", "years in service", "when it gets
    # retired / scrapped / decommissioned", "relocated", "moved the unit"): the regulation's 使用年限、報廢年限與歷年遷移
    # (not "how old" alone: "how old can the sampled images be?" asks the images' age, 1.3.2)
    **{p: ("使用年限",) for p in ("how old the unit", "how old the machine", "how old our unit", "how old our machine",
                                "how old the mammo", "how old our mammo", "years in service", "years in use", "service life", "age of the unit",
                                "age of the machine", "unit's age", "machine's age", "unit age", "machine age")},
    **{p: ("報廢",) for p in ("retire", "retiring", "decommission", "scrap", "end of life", "end-of-life", "disposal")},
    **{p: ("遷移",) for p in ("relocat", "moved the unit", "moved the machine", "unit was moved", "machine was moved",
                            "unit was ever moved", "machine was ever moved", "been moved", "ever moved", "moved around")},
    # round 31: the screening category in BI-RADS terms ("BI-RADS 4", "birads 0"): the regulation's category 「4」; a
    # diagnosis confirmed in clinicians' shorthand ("dx", "confirmed dx", "definitive diagnosis"): its 確診
    **{p: ("category",) for p in ("bi-rads", "bi rads", "birads")},
    **{p: ("確診",) for p in ("dx", "confirmed dx", "confirmed diagnos", "definitive dx", "definitive diagnos",
                            "confirmatory", "diagnosed", "diagnostic workup", "diagnostic work-up", "tissue diagnos")},
    # round 31: from when a count is reckoned back in English ("lookback window", "how far back", "counted from"): the
    # regulations write (申請日開始計算，最近 6年內) — as the Chinese 往回算 / 回溯 of INTENTS
    **{p: ("計算", "最近") for p in ("lookback", "look-back", "look back", "looking back", "how far back",
                                 "counted from", "reckoned from", "counts back")},
    # round 31: the offshore islands by their English names (5.15 澎湖、金門、馬祖、綠島及蘭嶼等離島地區)
    **{p: ("離島",) for p in ("kinmen", "quemoy", "matsu", "penghu", "pescadores", "green island", "orchid island",
                            "lanyu", "lienchiang", "outlying island")},
    "checklist": ("審查表",), "check list": ("審查表",), "review form": ("審查表",), "review sheet": ("審查表",),
    # round 29: chairing a session in English ("chaired a panel", "session chair", "moderated"): the rules' 座長 (read
    # after "chair of surgery" and the other department heads above, which take the word first)
    **{p: ("座長",) for p in ("chaired", "chairing", "session chair", "panel chair", "chair a session", "chair the session",
                             "chair a panel", "chair the panel", "co-chair", "chairperson", "moderated", "moderating")},
    # round 48 families. The HPA's spot review (二(四)2 本署抽取…影像…得隨時進行抽片審查) in everyday English: images or films
    # pulled, pulled for review, spot-checked — and "whenever they like", "at any time", its 隨時
    # (images "random-pulled" are the sampled images graded, 抽選片 — read first, so that "random-pull films" is no spot review)
    **{p: ("抽選", "抽取") for p in ("random pull", "random-pull", "randomly pulled", "random pulled")},
    **{p: ("抽片", "抽取") for p in (*(f"{verb} {what}" for verb in ("pull", "pulls", "pulled", "pulling", "grab", "grabs",
                                                                  "grabbed", "draw", "draws", "drew")
                                       for what in ("image", "images", "film", "films", "our images", "our films",
                                                    "some images", "some films", "random images", "random films")),
                                    "spot check", "spot-check", "spot review", "spot audit", "spot-audit", "snap audit",
                                    "surprise audit", "surprise review", "surprise check", "pull for review")},
    # (not "taking images", which is the radiographer's own work, nor a bare "any time" / "whenever": "can I apply any time?"
    # asks an application's window)
    **{p: ("隨時",) for p in ("at any time", "at anytime", "any time they", "anytime they", "whenever they like",
                             "whenever they want", "whenever they wish", "whenever they choose", "whenever they please",
                             "whenever it likes", "whenever it wants", "at will", "without notice", "unannounced",
                             "at short notice", "on short notice", "no notice")},
    # the facility's self-assessment indicators (二(三)2(2) 篩檢醫學自我評量指標未通過) in English: the measure named, and its
    # failing said as people say it (not an inspection's or a test's failing: that is the text's 未合格 or 再次實地測試)
    **{p: ("自我評量", "指標") for p in ("self-assessment", "self assessment", "self-evaluation", "self evaluation",
                                     "self-audit indicator", "self-audit indicators", "quality indicator", "performance indicator")},
    "indicator": ("指標",), "kpi": ("指標",),
    # round 49: a review's outcome made known (通過名單經學會公告) asked in English — who passed, how one learns of it —
    # and the certificate handed out (核發…認證證明) in any verb: the rules that announce passes and issue a certificate
    # (a pass asked about is the instructor certificate's: 公告 alone would bring in the HPA grades' publishing, 二(七), and
    # 通過 alone the HPA's radiographers 通過資格審查, so the pass list goes with the 專長認證 it lists)
    **{p: ("通過名單", "專長認證") for p in ("who passed", "who passes", "who has passed", "who have passed", "who got through",
                                      "pass list", "passing list", "list of passes", "list of those who passed",
                                      "successful candidates", "successful applicants", "find out if we passed",
                                      "find out whether we passed", "find out if i passed", "find out whether i passed",
                                      "told whether we passed", "told if we passed", "told whether i passed", "told if i passed")},
    **{p: ("通過名單", "公告") for p in ("learn the outcome", "learn the result", "notified whether", "results announced",
                                     "results are announced", "results come out", "results released", "results posted",
                                     "announce the results", "announces the results", "announcement of the results")},
    **{p: ("核發", "認證證明") for v in ("issue", "issues", "issued", "issuing", "hand out", "hands out", "handed out",
                                      "give out", "gives out", "grant", "grants", "award", "awards", "send out", "sends out")
       for p in (f"{v} the cert", f"{v} our cert", f"{v} my cert", f"{v} a cert", f"{v} certs")},
    **{p: ("核發", "認證證明") for p in ("certificate issued", "certificates issued", "cert issued", "certificate issuing",
                                      "issuer of the cert", "issuing body")},
}

# "graded D", "grade B" → "D 等": how the HPA tables write a grade.
# So do "got a D on the phantom test", "came back with a C in one item", "scored a B overall": the letter after a verb of
# getting (or "with"), an article between, and a preposition, a stop or a grade's word after it (not "got a new unit").
_GRADE = re.compile(r"\bgraded?\s+([a-d])\b|\b(?:got|gets|getting|scor(?:es?|ed|ing)|rated|rates|received|receives?|earned|with|had|"
                    r"(?:came|comes|come|coming) back(?: as)?|turned out(?: to be)?|ended up(?: at)?)\s+"
                    r"(?:an?\s+)?([a-d])(?=\s*(?:$|[,.;:?!)—–-]|\b(?:on|in|for|at|grade|rating|overall|and|or|from|across)\b))")

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]+|[a-z]+|[0-9]+(?:\.[0-9]+)?")
_HAS_LATIN = re.compile(r"[a-z]")
_GLUED = re.compile(rf"(?<=[{_CJK}])(?=[a-z])|(?<=[a-z])(?=[{_CJK}])")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
# The English gist field counts less than the clause text. Alone (no dense search of the gists)
# 1.0 lifted English recall@1 on the blind development questions most but pushed recall@3 on the
# retrieval eval set below its 0.95 gate, so it was 0.3. With the gists also searched densely
# (knowledge.retrieve), 0.6 helps English recall@1 there (0.50 → 0.59 at 0.3 → 0.6) and loses
# no retrieval case from the top 3.
EN_FIELD_WEIGHT = 0.6
_EN_STOP = frozenset(
    "a an and are as at be by can do does for from how i if in is it many may much my of on or "
    "s should that the their there this to was what when which who will with you your".split()
)


# A number with the unit written right after it ("30天", "30 分", "40 案", "15%") is one more token,
# so "30 天" meets the clause that says 30 days and not the one that says 30 credits; a Latin term
# negated by 非 or non- ("非 SCI", "non-SCI") is one more token, so 非SCI meets the clause on
# non-SCI papers, not only the one on SCI papers. Measured on the blind development questions
# (retriever as the engine calls it), recall@1 / recall@3: zh-TW 0.73/0.93 → 0.76/0.95, zh-CN
# 0.63/0.84 → 0.68/0.84, en 0.63/0.72 → 0.63/0.75; the retrieval eval set lost no case from its top 3.
_NUMBER_UNIT = re.compile(rf"([0-9]+(?:\.[0-9]+)?)\s*([%{_CJK}])")
_NEGATED = re.compile(r"非\s*([a-z]+)|\bnon[-\s]+([a-z]+)")
# A grade letter ("A 等", "B、C 等", "評到 C", "算A") is one more token 等a …: a lone Latin letter is otherwise
# lost (a stop word, or too short to count), and the grade tables are what a grade question asks about.
_GRADE_LETTERS = r"[a-d](?:\s*[、,/或及和與]\s*[a-d])*"
_GRADE_MARK = re.compile(rf"(?<![a-z])({_GRADE_LETTERS})\s*等|(?:算|評|拿|得|列|為|是|到)了?\s*({_GRADE_LETTERS})(?![a-z])")


def grade_letters(text: str) -> set[str]:
    """The grade letters a (folded) Chinese text names: "任一項 B、C 等" → {b, c}; "算A" → {a}."""
    return {g for m in _GRADE_MARK.finditer(text) for g in re.findall("[a-d]", m.group(1) or m.group(2))}


# Traditional characters that Simplified writes as one (复 = 複 / 復, 签 = 簽 / 籤, 致 = 緻 / 致, 注 = 註 / 注 …): folding a
# Simplified question to Traditional picks one of them by its phrase table, not always the regulation's — 复判差异
# becomes 復判差異, the text says 複判差異; 乳腺致密 meets 緻密 nowhere. The lexical ranking compares both sides with
# each such pair as one character (the pairs: every bigram of the corpus texts and asks written in Simplified and
# folded back that did not come back as it was).
_MERGED = str.maketrans({"複": "復", "籤": "簽", "緻": "致", "註": "注", "誌": "志", "迴": "回", "係": "系", "繫": "系",
                         "併": "並", "昇": "升", "隻": "只", "週": "周", "託": "托", "髮": "發", "麵": "面", "幾": "几",
                         "遊": "游", "髒": "臟"})
_DOMAIN_MERGED = tuple(t.translate(_MERGED) for t in DOMAIN_TERMS)


def tokenize(text: str, *, folded: bool = False, marks: bool = True) -> list[str]:
    """Tokens of `text`: Chinese character bigrams (a lone character stays as itself),
    the domain terms found in Chinese runs, Latin words (no stop words) and numbers; with
    `marks`, also numbers with their unit and negated Latin terms (see _NUMBER_UNIT, _NEGATED).
    Characters Simplified writes as one are compared as one (_MERGED)."""
    text = (text if folded else fold(text)).translate(_MERGED)
    tokens: list[str] = []
    if marks:
        tokens.extend(number + unit for number, unit in _NUMBER_UNIT.findall(text))
        tokens.extend("非" + (a or b) for a, b in _NEGATED.findall(text))
        tokens.extend("等" + g for m in _GRADE_MARK.finditer(text) for g in re.findall("[a-d]", m.group(1) or m.group(2)))
    for run in _TOKEN.findall(text):
        if run[0].isascii():
            if run not in _EN_STOP:
                tokens.append(run)
            continue
        if len(run) == 1:
            tokens.append(run)
        else:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        tokens.extend(term for term in _DOMAIN_MERGED if len(term) > 2 and term in run)
    return tokens


# Chinese ways of asking "what happens / what must I do" → the clauses that state the
# consequences are headed 輔導措施 (counselling measures) in hpa-mammo.
CONSEQUENCE = re.compile(r"會怎樣|會如何|怎麼辦|後果|處置|要參加什麼|需要參加什麼|須參加什麼|要做什麼|要上什麼課|要受什麼訓練|什麼訓練")
# Other Chinese families → the regulations' own words: how to apply (申請辦法, the articles headed so), a
# place abroad (國外), the short forms people write (代簽 = 代為簽名, 外專 = 外科專科醫師, 後審 = 後續審查).
INTENTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (CONSEQUENCE, ("輔導措施",)),
    (re.compile(r"怎麼申請|如何申請|申請(?:的)?(?:流程|程序|方式|步驟|手續)"), ("申請辦法",)),
    (re.compile(r"日本|美國|韓國|歐洲|英國|德國|法國|新加坡|香港|澳洲|加拿大|泰國|出國|海外"), ("國外",)),
    # someone else signing for me: 代簽, 幫我簽, 請學弟幫忙簽, 替他簽, 找人簽
    (re.compile(r"代[簽籤]|[幫替代][^，,。？?！!]{0,4}[簽籤](?!到單|名單|約)|找人[簽籤]"), ("代為簽名",)),  # (OpenCC writes a final 签 as 籤)
    # failing: the regulations write 未通過 (自我評量指標未通過者), people 沒過 / 沒通過 / 不及格 (not 還沒過期, 沒過一年). An
    # inspection's failing (檢查沒過) is the text's 未合格, and is left as said: the inspection's clause ranks on its own words,
    # and a question holding that clause's own 未合格 would lose its yes / no ("品保檢查沒過，那台還能用嗎": 不可以)
    (re.compile(r"(?<!檢查)(?<!检查)(?<!查核)(?<!結果)(?:[沒没]有?過(?![期年月天日週了去來一二兩三四五六七八九十幾多半0-9])|"
                r"[沒没]有?通過|不及格)"), ("未通過",)),
    # … and in English ("failed the indicators review", "did not pass", "didn't pass"), but not an inspection's or a test's
    # failing (the text's 未合格, 再次實地測試通過 — read as said, as 檢查沒過 above)
    (re.compile(r"\b(?:fail(?:s|ed|ing)?|did\s*n[o'’]t\s+pass|does\s*n[o'’]t\s+pass|not\s+pass(?:ed)?)\b"
                r"(?![^.?!;]{0,40}\b(?:inspection|phantom|field\s+test|on-?site|aec|radiation|atomic|(?:re-?)?test(?:ing|s)?)\b)"),
     ("未通過",)),
    # round 53: a seal in place of one's signature (用印章蓋, 蓋個章, 用印, 印鑑): the regulations write 蓋章 (第八條 不得以蓋章
    # 替代) — not an officer's seal, 蓋職章, which is its own term
    (re.compile(r"印章|印鑑|印鉴|用印|蓋(?:個|个|了|一下)?(?:印|章)(?!職)|(?:用|拿)章(?:蓋|盖)"), ("蓋章",)),
    (re.compile(r"外專"), ("外科專科醫師",)),
    (re.compile(r"後審"), ("後續審查",)),
    (re.compile(r"書審"), ("書面考核",)),  # 書面審查 / 書審: the regulation says 書面考核
    (re.compile(r"實測(?!項目)"), ("實地測試",)),  # 實測 / 现场实测: the regulation's heading says 實地測試
    # (… and a test done where the unit is, 現場測試 / 到現場測 / 來現場檢查: the same 實地測試)
    (re.compile(r"現場[^，,。？?！!]{0,4}?(?:檢測|測試|測|檢查|查核)|(?:到|來|去)現場[^，,。？?！!]{0,4}(?:測|檢|查)"), ("實地測試",)),
    # a physician who reads mammograms (放射科醫師, 讀片醫師) is the regulation's 判讀醫師, not its 放射師
    (re.compile(r"放射(?:診斷)?科醫[師生]|讀片醫[師生]|看片醫[師生]"), ("判讀醫師",)),
    # making up what is short: the regulations write 補齊 (補齊繼續教育時數), people 補完 / 補足 / 補滿 / 補上
    (re.compile(r"補(?:完|足|滿|上|好)"), ("補齊",)),
    # who picked the images: 自選 (the radiographer's own choice) against 抽選 (drawn by the HPA)
    (re.compile(r"自己(?:挑|選|選擇)|自行(?:挑|選)|自挑"), ("自選片",)),
    # what people call the radiographer (放射師（士）): 技術員 / 技術師 / 放射技師 / RT
    (re.compile(r"技術員|技術師|技師|(?<![a-z])rt(?![a-z])"), ("放射師",)),
    # at once: the regulations write 立即 (立即停止判讀), people 馬上 / 立刻 / 即刻 / 當場
    (re.compile(r"馬上|立刻|立馬|即刻|當場|當下"), ("立即",)),
    # an oral presentation: people say 口頭報告 / 口頭發表 / 口報 / 上台報告, the regulations 發表論文演講 (tsa) and oral (tsir)
    (re.compile(r"口頭(?:報告|發表|簡報|演講)|口報|上[台臺](?:報告|發表|講)"), ("發表", "演講", "oral")),
    # a unit's age and moves in everyday words (用了幾年, 機齡, 搬過機房): the regulation's 使用年限 / 遷移
    (re.compile(r"用了?(?:幾|几|多少|多久)年?|使用(?:幾|几|多少)年|機齡|机龄|幾年的機|(?:什麼|什么|哪)時候報廢"), ("使用年限",)),
    (re.compile(r"搬(?:過|过|了)?(?:幾|几)?次?(?:機房|机房|家|位置|地方)|移機|移机|遷機|搬遷|搬迁|搬機|搬机"), ("遷移",)),
    # a count of cases typed half in English (case數, cases 數, case量): the regulations' 個案數
    (re.compile(r"(?<![a-z])cases?\s*(?:數|数|量)"), ("個案數",)),
    # from when a count is reckoned back (往回算, 往前推, 回溯, 從哪時候算): the regulations write 開始計算 / 起算, 最近…年內
    (re.compile(r"往(?:回|前)(?:算|推|數)|回溯|追溯|(?:從|由)(?:哪|什麼)(?:時候|時間|天|一天)(?:開始)?(?:算|起算|計算)"),
     ("計算", "最近")),
    # how much less is needed (少多少 / 減多少 / 可以少 / 抵多少): the regulations write 扣抵 / 縮減
    (re.compile(r"(?:少|減|减|抵|扣)(?:掉)?(?:多少|幾分)|可以少|能少|少算|\bhow much (?:less|fewer)\b|\b(?:reduc|cut)\w* (?:by|the)\b",
                re.I), ("扣抵", "縮減")),
    # round 25 families. The mammography unit in everyday words (乳攝機, 乳攝儀, 乳房攝影機, X光機, 機台, 那台機器): the
    # regulation's 乳房 X 光攝影儀 — without it 乳攝機 meets the van (乳攝車) by its bigram 乳攝. (Not 乳攝機構, a facility.)
    (re.compile(r"乳攝(?:機|儀)(?!構|關)|乳房攝影(?:機|儀)(?!構|關)|x\s*光(?:攝影)?機(?!構|關)|機[台臺]|(?:那|這|哪)[台臺部]機|機器本身|"
                r"(?:攝影|篩檢|x\s*光)機器"), ("攝影儀",)),
    # what a regulation rests on (法源, 上位法規, 根據哪些規定訂的): the regulations write 依據「…」制訂 / 訂定
    (re.compile(r"法源|上位(?:法|的?(?:規定|法規|依據|辦法))|(?:根據|依據|依照|按照)(?:哪|什麼|什么|何)[^，,。？?！!]{0,8}(?:訂|定|制)"),
     ("依據", "制訂")),
    # round 26: what one has to hand in (要交什麼, 交哪些東西, 要附什麼, 需要準備哪些文件): the regulations write 須檢附 … 影本
    (re.compile(r"(?:要|需要|須|得|該)(?:繳)?(?:交|附|送|寄|寄回|提供|上傳|上传|準備|准备|檢附|检附)(?:些)?(?:什麼|什么|哪些|啥)|(?:交|附|送|寄|提供)(?:哪些|什麼|什么)(?:東西|文件|資料|证明|證明)|"
                r"(?:要|需要)(?:哪些|什麼|什么)(?:文件|證明|证明)"), ("檢附",)),
    # round 26: the procedures in Mainland wording (活检, 超声引导, 在 CT 引导下): the regulations write 切片 and 影像導引
    (re.compile(r"活檢"), ("切片",)),
    (re.compile(r"(?:超聲|超音波|ct|電腦斷層|透視|影像)\s*(?:引導|導引)|(?:超聲|超音波|ct|電腦斷層|透視)\s*下"), ("影像導引",)),
    # round 26: one thing claimed twice (兩邊都能申請, 再講一次, 申請兩次): the regulations write 不得重複申請
    (re.compile(r"兩邊都|兩個(?:學會|醫學會|會)都|(?:再|又)(?:講|報告|發表|投|申請|報)(?:了)?一次|申請兩次|(?:算|拿|領)兩次|兩次(?:積分|學分)"),
     ("重複",)),
    # round 56: two credits claimed for one event ("能不能既拿出國開會的30分又拿發表的分", "既算出席又算發表", "can I get both the
    # congress points and the presentation points"): the regulations rule on it as 可重複得分 / 不得重複申請
    (re.compile(r"既(?:能|可以|可|要|有)?(?:拿|算|領|得|申請|計|認)[^，,。？?！!]{0,16}?又(?:能|可以|可|要|有)?(?:拿|算|領|得|申請|計|認)|"
                r"\b(?:get|claim|earn|count|receive)\s+both\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:credits?|points?|cme)\s+and\b"), ("重複",)),
    # round 31: the same claimed twice in English, as the engine reads it ("claim it twice" arrives as "claim it 2 times",
    # out of the reach of SYNONYMS' "twice"): the regulations write 不得重複申請
    (re.compile(r"\b(?:claim|count|credit|submit|use|get)(?:ed|ing|s)?\s+(?:credits?\s+|points?\s+)?(?:for\s+)?"
                r"(?:it\s+|this\s+|that\s+|them\s+|the\s+same\s+\w+\s+)?(?:2|two)\s*times\b"), ("重複",)),
    # round 41: one work said to be "the same" and taken to a second venue ("the same study at two different society
    # meetings", "同一個研究在兩個學會報告", "同一篇摘要投了不同的年會"): a second claim of it, 不得重複申請 — read from the
    # sameness and the second venue, not from a count of claims
    (re.compile(r"\bsame\s+(?:[\w-]+\s+){0,2}?(?:study|paper|talk|abstract|poster|work|research|presentation|article|data|"
                r"lecture|manuscript|project)s?\b[^?.!;]{0,80}?\b(?:two|2|both|different|another|several|multiple|other)\s+"
                r"(?:[\w'’-]+\s+){0,3}?(?:societ|meeting|congress|conference|venue|symposi|association)"),
     ("重複",)),
    (re.compile(r"同(?:一|樣|样)(?:篇|個|份|場|項|次)?(?:的)?(?:研究|文章|論文|摘要|報告|題目|內容|poster|壁報|演講|資料|成果)"
                r"[^，,。？?！!；;]{0,24}?(?:兩|2|不同|另一|別的|其他|各)(?:個|家|場)?(?:的)?(?:醫學會|學會|會議|年會|研討會|地方|場合)"),
     ("重複",)),
    # round 26: looking a figure up oneself (上網查, 哪裡查得到, 網站, 系統查): the regulations write 可至…系統…查詢
    (re.compile(r"上網查|(?:網路|網站|線上|系統)(?:上)?(?:可以)?查|(?:哪裡|哪邊|何處|在哪|去哪)(?:可以|能)?(?:自己)?查|自己查|網站|網址"),
     ("查詢",)),
    # round 26: a year with no credits (有一年學分是 0, 某一年零分): the regulations write 每年之積分不得有零分
    (re.compile(r"(?:一|某|有)\s*年[^，,。？?！!]{0,8}(?:0|零|沒有|没有)\s*(?:分|積分|學分)?(?![0-9])|(?:0|零)\s*(?:分|積分|學分)的?(?:那)?一?年"),
     ("每年", "零分")),
    # round 56: the zero said in chat words after what kept one away (有一年忙到完全沒去上課 掛零, 有一年住院整年掛蛋)
    (re.compile(r"(?:一|某|有|1)\s*年[^，,。？?！!]{0,16}?(?:掛零|挂零|掛蛋|挂蛋|槓龜|杠龟)|(?:掛零|挂零|掛蛋|挂蛋)的?(?:那)?一?年"),
     ("每年", "零分")),
    # round 28: reading films in everyday words (看片, 讀片, 繼續看): the regulation's 判讀 (not 判片, its 判片座談會, nor
    # 閱片, its reading system)
    (re.compile(r"(?<![判閱阅])(?:看|讀|读)片(?!醫|医)"), ("判讀",)),
    # round 28: a stay short of a month (不到一個月, 未滿一個月, 少於一個月): the rules write 一個月以內
    (re.compile(r"(?:不到|不滿|不满|未滿|未满|少於|少于|低於|低于)\s*(?:一|1)\s*個?\s*月|(?:一|1)\s*個?\s*月(?:不到|以內|以内|內|内)"),
     ("一個月以內",)),
    # round 41: a training stay counted in days or in weeks up to four, or said short of a month ("見習兩個禮拜", "進修十天",
    # "進修不到一個月", "a 3-week observership"): the rules write 進修一個月以內 (專案申請送教育委員會審核), not a month's rate
    # (a ruling term: said of a training stay only — "一個月內寄回" of a sign-in sheet is no such stay)
    (re.compile(r"(?:進修|見習|研習|受訓|觀摩|observ\w*|fellowship|visiting|attachment)[^，,。？?！!]{0,12}?"
                r"(?:(?:[一二兩三四1-4]|半)\s*(?:個)?\s*(?:週|周|禮拜|星期)|(?:[一二三四五六七八九十]{1,3}|[12]?\d|30)\s*(?:天|日)(?!本)|"
                r"(?:不到|不滿|未滿|少於)\s*(?:一|1)\s*個?\s*月|"
                r"\b(?:one|two|three|four|[1-4])[- ]weeks?\b|\b(?:[12]?\d|30|ten|five|seven)[- ]days?\b)|"
                r"(?:(?:[一二兩三四1-4]|半)\s*(?:個)?\s*(?:週|周|禮拜|星期)|(?:[一二三四五六七八九十]{1,3}|[12]?\d|30)\s*天)(?:的)?[^，,。？?！!]{0,8}?"
                r"(?:進修|見習|研習|受訓|觀摩)|\b(?:one|two|three|four|[1-4])[- ]weeks?\s+(?:[\w-]+\s+){0,3}?"
                r"(?:observ\w*|fellowship|visit|attachment|training\s+(?:stay|period))"),
     ("進修一個月以內",)),
    # round 41: a certificate's renewal in other words (續證, 續期, 更新證書, 證書延期): the rules write 換證 (the instructor's
    # certificate) and 展延 (the surgical specialist's) — the certificate named picks which
    (re.compile(r"續證|續期|(?:更新|延長|延續)(?:證書|証書|證照)|(?:證書|証書)(?:更新|延期|延長|續期)"), ("換證", "展延")),
    # round 28: days off in everyday words (假日, 節假日, 國定假日, 放假的日子): the regulation's 例假日 (not 週末, as above)
    (re.compile(r"(?<!例)假日|(?:放|休)假的?(?:日子|天)"), ("例假日",)),
    # hours turned into credits (一小時折幾分, 每個鐘頭換幾分, 按鐘點算): the regulations write 每一小時折算 3 分 / 換算
    (re.compile(r"(?:一|每|1)\s*個?\s*(?:小時|鐘頭|鐘點)[^，,。？?！!]{0,4}(?:折|換|抵|等於|算)|按(?:鐘點|鐘頭|小時|時數)(?:算|計)"),
     ("折算", "換算")),
)


# The INTENTS words that name what a clause rules on (a conversion, a second claim, a year at nought, where to look a
# figure up), not merely its topic (後續審查, 外科專科醫師, 輔導措施 …): a best hit holding none of them gives way to the one
# next hit that does (knowledge.intents). Measured with every INTENTS word instead: 10 development questions gained and
# 80 lost (the topic words of a family move a sibling above the clause asked about).
RULING_TERMS: tuple[str, ...] = ("折算", "換算", "重複", "零分", "查詢", "免收費", "進修一個月以內")


def intent_terms(query: str) -> list[str]:
    """Extra lexical terms for the intent and the short forms of a Chinese question (see INTENTS)."""
    return list(_intent_terms(query))


# Something said to be put on a website by someone else ("會不會挂到網站上公開", "公告在網站", "posted online", "published on
# the web"): publishing, the rules' 公告於指定網站 — no figure looked up oneself (查詢), whatever 網站 / online says beside it.
_PUBLISHED_ONLINE = re.compile(
    r"(?:公開|公开|公告|公布|公佈|貼|贴|挂|掛|放|登|po)(?:到|在|於|于|上)?[^，,。？?；;]{0,6}?(?:網站|网站|網路|网路|網上|网上|網頁|网页)|"
    r"(?:網站|网站|網路|网路|網上|网上|網頁|网页)[^，,。？?；;]{0,6}?(?:公開|公开|公告|公布|公佈)|"
    r"\b(?:publish(?:ed|es|ing)?|post(?:ed|s|ing)?|put|made\s+public|disclos(?:ed|e))\s+(?:\w+\s+){0,3}?"
    r"(?:online|on\s+(?:the|a|their|its)\s+(?:\w+\s+)?(?:web\s*site|site|web|internet))\b", re.I)
_LOOKED_UP = "查詢"


def _looked_up_dropped(text: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """`terms` without the look-up term (查詢) when the question asks of publishing on a website (`_PUBLISHED_ONLINE`)."""
    return tuple(t for t in terms if t != _LOOKED_UP) if _PUBLISHED_ONLINE.search(text) else terms


@lru_cache(maxsize=256)  # one answer asks for the same question's terms several times (retriever, line, scope)
def _intent_terms(query: str) -> tuple[str, ...]:
    text = fold(query)
    return _looked_up_dropped(text, tuple(t for cue, terms in INTENTS if cue.search(text) for t in terms))


# A meeting held in a named place ("a congress in Lisbon", "the conf in Boston last month"): abroad (國外) unless the place is
# at home or the capital word is a time. The place is read as written (capitalised), so it names no list of cities abroad.
HOME_PLACES = frozenset((
    "taiwan", "taipei", "taichung", "tainan", "kaohsiung", "taoyuan", "hsinchu", "keelung", "chiayi", "changhua", "yilan",
    "hualien", "taitung", "pingtung", "miaoli", "nantou", "yunlin", "penghu", "kinmen", "matsu", "linkou", "new",
))
_CAPITAL_TIMES = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter", "the", "our",
    "my", "person", "total", "english", "chinese", "i",
))
_MEETING_IN_PLACE = re.compile(r"\b(?:[Cc]ongress(?:es)?|[Cc]onf(?:erence)?s?|[Mm]eetings?|[Ss]ymposi(?:um|a)|[Ss]ummit|[Ww]orkshops?)"
                               r"\b[^.?!,;:\n]{0,24}?\bin\s+([A-Z][a-z][A-Za-z'-]*)")  # (a name, not an acronym: "the meeting in TSA")


def meeting_abroad(query: str) -> bool:
    """Whether `query` names a meeting held in a capitalised place that is not at home (HOME_PLACES) nor a time."""
    return any(place.lower() not in HOME_PLACES and place.lower() not in _CAPITAL_TIMES
               for place in _MEETING_IN_PLACE.findall(query))


def expand_query(query: str) -> list[str]:
    """Chinese terms for the English words and phrases of `query` (PHRASES first, then SYNONYMS), without repeats."""
    return list(_expand_query(query))


@lru_cache(maxsize=None)  # one per table entry: escaping and compiling each for every question cost ~1 ms
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    # (a hyphen or a space between its words: "make-up" is "make up", "follow up review" is "follow-up review")
    return re.compile(r"\b" + r"[\s-]".join(re.escape(w) for w in _phrase_words(phrase)) + r"\w*")


@lru_cache(maxsize=None)
def _phrase_words(phrase: str) -> tuple[str, ...]:
    """The words of a PHRASES entry, as `_phrase_pattern` joins them."""
    return tuple(re.split(r"[\s-]", phrase))


@lru_cache(maxsize=1)
def _phrase_table() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """(longest word, pattern, terms) of each PHRASES entry in order, built once: `_expand_query` tests the longest word
    as a substring first (a phrase matches only where every word of it stands), far cheaper than the search it spares —
    most of the ~250 phrases are absent from a question."""
    return tuple((max(_phrase_words(phrase), key=len), _phrase_pattern(phrase), terms) for phrase, terms in PHRASES.items())


@lru_cache(maxsize=None)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}")


# What the question contrasts with what it asks ("the machine itself, as opposed to the staff", "rather than the van"):
# no terms are added for it, and it is not searched (`without_contrast`). ("apart from X, what else …" is another
# shape: knowledge.siblings.pass_over_set_aside reads it.)
_CONTRAST = re.compile(r"\b(?:as opposed to|rather than|instead of)\b[^,.;:?!—–()]*|"
                       # "the unit itself (not staff)", "…itself, not the staff": the same set aside in brackets or after a comma
                       # (only after "itself": "(not the presenter)" after a role states a negated fact, it sets nothing aside)
                       r"(?<=itself)\s*\(\s*(?:but\s+|and\s+)?not\s+[^()]{1,40}\)|(?<=itself),?\s+not\s+[^,.;:?!—–()]*|"
                       # "at the facility level (not individual staff)", "on the unit side, not the staff": a level named, the
                       # other set aside
                       r"(?<=level|-wide)\s*\(\s*not\s+[^()]{1,40}\)|(?<=level|-wide),\s+not\s+[^,.;:?!—–()]*|"
                       r"(?<= side)\s*\(\s*not\s+[^()]{1,40}\)|(?<= side),\s+not\s+[^,.;:?!—–()]*|"
                       # what is said to be in order before what went wrong ("our staff's CME credits are all fine, but the
                       # facility failed …", "the phantom test was ok, but …"): the part in order is not what is asked
                       r"(?:^|(?<=[.;!?]\s))[^.;:?!—–()]{3,80}?\b(?:is|are|was|were|'s|'re)\s+(?:all\s+|each\s+|both\s+)?"
                       r"(?:fine|ok|okay|good|in order|up to date|sorted|no problem|no issue|not the issue|not the problem|passed)\b"
                       r"[^,.;:?!—–()]{0,20},?\s*(?=but\b)", re.I)


# The same in Chinese: a thing asked of itself (本身 / 自己), then a clause of its own comparing it with another ("醫院(機構)本身的
# 評等是看哪幾個項目，跟放射師個人的評等差在哪", "機器本身的測試項目有哪些？和人員的差別是什麼"): the thing itself is searched, the other
# only what it is set against — its words would put the other's clauses first.
_ITSELF_ZH = re.compile(r"(?<=[\u4e00-\u9fff)）A-Za-z])(?:本身|自己|自身)")
_CONTRAST_ZH = re.compile(r"(?<=[，,。；;？?！!\s])\s*(?:那|那麼|那么)?\s*(?:跟|和|與|与|同|比起|相較於|相较于)[^，,。；;？?！!]{1,24}?"
                          r"(?:差在哪(?:裡|里|邊|边)?|(?:的)?差別|(?:的)?差别|(?:有)?(?:什麼|什么|哪些|何)(?:不同|不一樣|不一样|差異|差异)|"
                          r"(?:哪裡|哪里)不(?:同|一樣|一样)|比(?:起來|起来)?(?:呢|如何|怎樣|怎样))[^，,。；;？?！!]{0,6}[？?]?")


def without_contrast(query: str) -> str:
    """`query` without what it contrasts with what it asks ("…, as opposed to the staff?" → "…,?"; "X本身…，跟 Y 差在哪" →
    "X本身…，"), when something is left to search."""
    out = _CONTRAST.sub(" ", query)
    if (m := _ITSELF_ZH.search(out)) is not None:
        out = out[:m.end()] + _CONTRAST_ZH.sub(" ", out[m.end():])
    return out if _TOKEN.search(fold(out)) else query


@lru_cache(maxsize=256)
def _expand_query(query: str) -> tuple[str, ...]:
    low = fold(query)
    if not _HAS_LATIN.search(low):
        return ()
    # an English word typed against a Chinese character ("申請的時候abstract要附嗎"): a word of its own (\b needs the gap)
    low = _GLUED.sub(" ", low)
    low = _CONTRAST.sub(" ", low)  # "the machine itself, as opposed to the staff": the staff is what is not asked
    out: list[str] = []
    for longest, pattern, terms in _phrase_table():
        if longest in low and pattern.search(low):
            out.extend(t for t in terms if t not in out)
            low = pattern.sub(" ", low)
    for word, terms in SYNONYMS.items():
        # (`\bword` matches only where the word itself stands: a substring test first spares most searches)
        if word in low and _word_pattern(word).search(low):
            out.extend(t for t in terms if t not in out)
    out.extend(f"{a or b} 等" for a, b in _GRADE.findall(low))
    if "國外" not in out and meeting_abroad(query):
        out.append("國外")
    return _looked_up_dropped(fold(query), tuple(out))


@lru_cache(maxsize=64)  # the clause index and the asks index read the same question
def query_tokens(query: str) -> tuple[str, ...]:
    """The tokens a question is scored with: its own, and those of its English synonyms and intent terms."""
    tokens = tokenize(query)
    for term in _expand_query(query) + _intent_terms(query):
        tokens.extend(tokenize(term, folded=True))
    return tuple(tokens)


# (Scoring English words by a light stem — plural -s / -ies, -ed, -ing, a final -e — so that "reviews" meets "review",
# was measured on every development rules question (1712, as the engine searches): recall@1 0.896 → 0.895, English
# 0.888 → 0.884, recall@3 0.975 → 0.976, and three English first lines lost; not kept.)


class LexicalIndex:
    """BM25 (Lucene's formula, k1 = 1.2, b = 0.75) over the chunks' folded text.

    Written out in numpy rather than taken from bm25s: bm25s imports scipy, which added
    0.25 s to every cold `regbot search` (budget 2 s), and a few hundred clauses fit a
    dense term-score matrix in well under a megabyte.
    """

    def __init__(self, chunks: Sequence[Chunk], *, k1: float = 1.2, b: float = 0.75,
                 english: Sequence[str] | None = None) -> None:
        """`english`: one English text per chunk (the clauses' English gists), scored as a field of
        its own so that its length does not change how the Chinese text scores."""
        self.ids = [c.id for c in chunks]
        self.docs = np.array([c.doc for c in chunks])
        self.vocab, self._weights = self._bm25([tokenize(c.text) for c in chunks], k1, b)
        # No number or negation marks in the short English gists: the extra tokens shift their length
        # normalisation (measured: a retrieval eval case fell out of the top 3) for no gain.
        self._en_vocab, self._en_weights = (self._bm25([tokenize(t, marks=False) for t in english], k1, b) if english
                                            else ({}, np.zeros((len(chunks), 0), dtype=np.float32)))

    @staticmethod
    def _bm25(docs_tokens: list[list[str]], k1: float, b: float) -> tuple[dict[str, int], np.ndarray]:
        vocab: dict[str, int] = {}
        for tokens in docs_tokens:
            for token in tokens:
                vocab.setdefault(token, len(vocab))
        tf = np.zeros((len(docs_tokens), len(vocab)), dtype=np.float32)
        for row, tokens in enumerate(docs_tokens):
            for token in tokens:
                tf[row, vocab[token]] += 1
        n = max(len(docs_tokens), 1)
        df = (tf > 0).sum(axis=0)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        lengths = tf.sum(axis=1, keepdims=True)
        norm = k1 * (1 - b + b * lengths / max(float(lengths.mean()), 1.0))
        # score(doc, term) precomputed: a query only sums the columns of its tokens.
        return vocab, (idf * tf * (k1 + 1) / (tf + norm)).astype(np.float32)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for `query` (with English synonyms expanded), plus the English field's."""
        tokens = query_tokens(query)
        columns = [self.vocab[t] for t in tokens if t in self.vocab]  # repeated tokens count again, as in BM25
        total = self._weights[:, columns].sum(axis=1) if columns else np.zeros(len(self.ids), dtype=np.float32)
        # The English field answers English questions; a Chinese one naming "SCI" keeps its own ranking.
        english = [] if _CJK_CHAR.search(query) else [t for t in tokens if t.isascii()]
        en_columns = [self._en_vocab[t] for t in english if t in self._en_vocab]
        if en_columns:
            total = total + EN_FIELD_WEIGHT * self._en_weights[:, en_columns].sum(axis=1)
        return total

    def rank(self, query: str, n: int = 50, *, doc: str | None = None) -> list[tuple[str, float]]:
        """Up to `n` (clause id, score) pairs with a positive score, best first."""
        scores = self.scores(query)
        if doc is not None:
            scores = np.where(self.docs == doc, scores, 0.0)
        order = np.argsort(-scores, kind="stable")[:n]
        return [(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]

    def __len__(self) -> int:
        return len(self.ids)
