"""How the comparison says where two values part: the words around the difference, quoted
as the clerk sees them on screen, in Arabic and in English."""

from __future__ import annotations

from clerk_desk.diff_spans import common_ends

TYPO_AR = " (فرق حرف واحد: قد يكون خطأ كتابة، لكنه يبقى اختلافاً)"
TYPO_EN = " (one character apart: possibly a typing error, but still a difference)"
_MAX_QUOTED = 24


def quote_ar(text: str) -> str:
    if text == " ":
        return "مسافة"
    return f"«{_shorten(text)}»"


def quote_en(text: str) -> str:
    if text == " ":
        return "a space"
    return f"“{_shorten(text)}”"


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_QUOTED else text[: _MAX_QUOTED - 1] + "…"


def _word_around(text: str, start: int, end: int) -> str:
    """The whole words of ``text`` that overlap ``text[start:end]`` (or touch it, if empty)."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    return text[left : right if right >= 0 else len(text)]


def difference_explanation(
    a: str, b: str, typo: bool, written_a: str = "", written_b: str = ""
) -> tuple[str, str]:
    """Where the canonical forms ``a`` (submitted) and ``b`` (registry) part.

    ``written_a``/``written_b`` are the trimmed values as typed. Where one has the length
    of its canonical form, normalisation only swapped letters one for one (ة for ه, أ for
    ا), so the same positions quote what the clerk sees on screen: كريمة, not كريمه.
    """
    prefix, suffix = common_ends(a, b)
    end_a, end_b = len(a) - suffix, len(b) - suffix
    if len(written_a) == len(a):
        a = written_a
    if len(written_b) == len(b):
        b = written_b
    middle_a, middle_b = a[prefix:end_a], b[prefix:end_b]
    word_a = _word_around(a, prefix, end_a)
    word_b = _word_around(b, prefix, end_b)
    context_ar = f"{quote_ar(word_a)} في الطلب و{quote_ar(word_b)} في السجل"
    context_en = f"{quote_en(word_a)} submitted, {quote_en(word_b)} in the registry"
    if middle_a and middle_b:
        detail_ar = f"{quote_ar(middle_a)} بدل {quote_ar(middle_b)}"
        detail_en = f"{quote_en(middle_a)} instead of {quote_en(middle_b)}"
    elif middle_a:
        detail_ar = f"زيادة {quote_ar(middle_a)} في الطلب"
        detail_en = f"the request has an extra {quote_en(middle_a)}"
    else:
        detail_ar = f"زيادة {quote_ar(middle_b)} في السجل"
        detail_en = f"the registry has an extra {quote_en(middle_b)}"
    ar = f"مختلف: {context_ar}؛ {detail_ar}"
    en = f"Different: {context_en}; {detail_en}"
    if typo:
        ar += TYPO_AR
        en += TYPO_EN
    return ar, en
