"""The one Simplified → Traditional converter (OpenCC s2tw), shared by the query folding (knowledge.textnorm) and
the calculators' lexicon (calculators.lexicon), so a process loads its dictionaries once."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _s2tw():
    import opencc  # small, but only the query path needs it

    # s2tw, not s2twp: s2twp also rewrites Taiwan phrasing inside Traditional text
    # (項目 → 專案, 信息 → 資訊), and the regulations say 評等項目, 實地測試項目.
    return opencc.OpenCC("s2tw")


# One answer folds the same text many times (the question by the look-up, the dense text, the scope check, the
# lexicon …: ~10 calls per rules question, most on one of two or three texts); the conversion depends on the text alone.
RECENT_FOLDS = 256


@lru_cache(maxsize=RECENT_FOLDS)
def to_traditional(text: str) -> str:
    """Fold Simplified Chinese to Traditional (Taiwan standard characters); Traditional passes through.
    Remembered for the last RECENT_FOLDS texts (a pure function of the text).

    Simplified 发 stands for both 發 (issue, publish) and 髮 (hair); OpenCC picks 髮 after 换 / 理 (换发 → 換髮).
    In questions about these regulations it is always 發 (換發證書, 發表, 核發), so it is folded before OpenCC.
    """
    return _s2tw().convert(text.replace("发", "發"))
