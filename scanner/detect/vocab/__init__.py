"""Published term lists the category rules count as facts: disease names, drugs, laboratory
tests (from THUOCL's medical lexicon) and accounting subjects (政府会计制度). Provenance and
licences: README.md beside this file."""

from __future__ import annotations

from functools import cache
from importlib import resources

#: the lists shipped here; a rule's ``facts`` may name these and its own ``fact_patterns``
VOCABULARIES = ("disease", "drug", "lab", "account")


@cache
def terms(name: str) -> frozenset[str]:
    """The terms of one list (``disease`` …), blank lines and ``#`` comments left out."""
    if name not in VOCABULARIES:
        raise KeyError(name)
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


# What a drug list's entry adds to the drug's own name: the dosage form after it, the salt or
# the "for injection" before it (琥珀酸美托洛尔缓释片 → 美托洛尔).
_FORMS = sorted(
    [
        "缓释片",
        "控释片",
        "分散片",
        "肠溶片",
        "泡腾片",
        "咀嚼片",
        "口腔崩解片",
        "薄膜衣片",
        "含片",
        "片",
        "缓释胶囊",
        "肠溶胶囊",
        "软胶囊",
        "胶囊",
        "颗粒",
        "干混悬剂",
        "混悬液",
        "注射液",
        "注射剂",
        "粉针剂",
        "口服溶液",
        "口服液",
        "溶液",
        "糖浆",
        "合剂",
        "乳膏",
        "软膏",
        "眼膏",
        "凝胶",
        "滴眼液",
        "滴耳液",
        "滴鼻液",
        "喷雾剂",
        "气雾剂",
        "吸入剂",
        "贴剂",
        "栓",
        "丸",
        "散",
        "酊",
    ],
    key=len,
    reverse=True,
)
_SALTS = sorted(
    [
        "注射用",
        "盐酸",
        "硫酸",
        "酒石酸",
        "琥珀酸",
        "马来酸",
        "枸橼酸",
        "甲磺酸",
        "苯磺酸",
        "磷酸",
        "醋酸",
        "乳酸",
        "富马酸",
        "门冬氨酸",
        "葡萄糖酸",
        "碳酸",
        "氢溴酸",
    ],
    key=len,
    reverse=True,
)


@cache
def drug_names() -> frozenset[str]:
    """The drugs' own names in the drug list — each entry without its dosage form and salt —
    all Chinese, of four characters or more, or of three where the list shows it as a product
    (with a form or a salt: 氨溴索 of 氨溴索口服液): what a name reader must not take for a
    person (美托洛尔, 格列齐特 read as surname 美/格 + given name). A bare three-character entry
    is left out: the lexicon holds a few people's names (李树芬)."""
    out = set()
    for term in terms("drug"):
        base = term
        for form in _FORMS:
            if base.endswith(form) and len(base) > len(form):
                base = base[: -len(form)]
                break
        for salt in _SALTS:
            if base.startswith(salt) and len(base) > len(salt):
                base = base[len(salt) :]
                break
        long_enough = len(base) >= 4 or (len(base) == 3 and base != term)
        if long_enough and all("\u4e00" <= c <= "\u9fff" for c in base):
            out.add(base)
    return frozenset(out)
