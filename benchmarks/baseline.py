"""The named baseline: plain Presidio set up with recognizers equivalent to baomi's rule packs.

baomi claims its engine is much faster than "just configuring Presidio" for Chinese. That claim
is only worth something against a baseline a Presidio user would actually build, with the same
knowledge in it. So this module builds exactly that, from the same rule packs (``load_rules()``):

* NLP engine: Presidio's own ``SpacyNlpEngine`` over spaCy blank ``zh`` with the jieba segmenter,
  saved to a temporary folder so ``spacy.load`` finds it on disk. This works offline as is:
  ``SpacyNlpEngine`` downloads a model only when the name is neither an installed package nor an
  existing path, so no subclass is needed.
* One ``PatternRecognizer`` per entity type holding the same regexes (with their scores) and the
  union of the same context words as the rule packs; validators are applied the Presidio way,
  through ``validate_result`` (``True`` → score 1.0, ``False`` → dropped, ``None`` → pattern score).
* PERSON and CN_ADDRESS as ``PatternRecognizer`` s too — plain Presidio has no Chinese NER without
  a downloaded model — with regexes for a name after the same labels/cues, before the same titles,
  in the same "name，sex" records, and an address after the same labels or starting with a
  province, made of the same components and cut at the same stop words.
* ``AnalyzerEngine`` with its default context enhancer (``LemmaContextAwareEnhancer``) and the same
  score threshold (0.5) as baomi.

What plain Presidio cannot express and is therefore *not* in the baseline (it makes the baseline
do less work, never more): negative context (订单号 before a number), ``requires_context``,
allowlists, and jieba as evidence for where a name ends. Presidio also reports a pattern's whole
match, so the medical-record pattern's ``value`` group does not narrow the span. And note that
the default context enhancer never fires here: a blank spaCy pipeline has no lemmas, and that
enhancer compares context words with lemmas — which is exactly why baomi has its own.

Traps avoided: ``AnalyzerEngine()`` with no NLP engine loads (downloads) ``en_core_web_lg``; a
registry without recognizers loads Presidio's built-in (English/US) ones. Both are passed here.
"""

from __future__ import annotations

import atexit
import logging
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from presidio_analyzer import (  # noqa: E402
    AnalyzerEngine,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
)
from presidio_analyzer.nlp_engine import SpacyNlpEngine  # noqa: E402

from scanner.detect.engine import DEFAULT_MIN_SCORE  # noqa: E402
from scanner.detect.rulepacks import PatternRule, RuleSet, load_rules  # noqa: E402
from scanner.detect.validators import VALIDATORS, Validator  # noqa: E402

LANGUAGE = "zh"
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

_model_dir: Path | None = None


class ValidatingPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` whose ``validate_result`` asks baomi's validators by name.

    One entity may come from several rules with different validators (CN_PHONE: ``cn_mobile``
    for the mobile patterns, ``cn_landline`` for the landline ones), and Presidio's
    ``validate_result`` sees only the matched text, not which pattern matched. So every validator
    of the entity is asked: any ``True`` validates; the match is dropped only when every rule of
    the entity has a validator and all of them say ``False``.
    """

    def __init__(
        self, *args: Any, validators: Sequence[Validator] = (), strict: bool = True, **kwargs: Any
    ) -> None:
        self._validators = tuple(validators)
        self._strict = strict
        super().__init__(*args, **kwargs)

    def validate_result(self, pattern_text: str) -> bool | None:
        if not self._validators:
            return None
        verdicts = [v(pattern_text) for v in self._validators]
        if any(v is True for v in verdicts):
            return True
        if self._strict and all(v is False for v in verdicts):
            return False
        return None


def _alt(words: Iterable[str]) -> str:
    """A longest-first alternation, as baomi's recognizers build theirs."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def pattern_recognizers(rules: RuleSet) -> list[PatternRecognizer]:
    """One recognizer per entity type of the pattern rules, same regexes and context words."""
    by_entity: dict[str, list[PatternRule]] = defaultdict(list)
    for rule in rules.patterns:
        by_entity[rule.entity].append(rule)
    out: list[PatternRecognizer] = []
    for entity, group in by_entity.items():
        patterns = [Pattern(p.name, p.regex, p.score) for r in group for p in r.patterns]
        context = sorted({w for r in group for w in r.context})
        validators = [VALIDATORS[r.validator] for r in group if r.validator]
        out.append(
            ValidatingPatternRecognizer(
                supported_entity=entity,
                name=f"Baseline_{entity}",
                supported_language=LANGUAGE,
                patterns=patterns,
                context=context or None,
                validators=validators,
                strict=all(r.validator for r in group),
            )
        )
    return out


def person_recognizer(cfg: dict[str, Any]) -> PatternRecognizer:
    """Names after the same labels and cues, before the same titles, in "name，sex" records.

    Presidio's regexes run on the ``regex`` module, which allows a variable-width lookbehind, so
    the label stays out of the reported span as in baomi. Without jieba the given name is simply
    one or two characters that may stand in a name (not in ``not_in_name``).
    """
    surnames = re.escape(str(cfg.get("surnames", "")))
    compound = _alt(cfg.get("compound_surnames") or ())
    not_in = re.escape(str(cfg.get("not_in_name", "")))
    given = f"(?:(?![{not_in}])[{CJK}]){{1,2}}"
    name = f"(?:{compound}|[{surnames}]){given}" if compound else f"[{surnames}]{given}"
    labels = _alt(set(cfg.get("labels") or ()) | set(cfg.get("cues") or ()))
    suffixes = _alt(cfg.get("suffixes") or ())
    score = float(cfg.get("score", 0.85))
    patterns = [
        Pattern("person-after-label", f"(?<=(?:{labels})[:：]?[ \\t\\u3000]*){name}", score),
        Pattern("person-before-title", f"(?<![{CJK}]){name}(?=(?:{suffixes}))", score),
        Pattern(
            "person-demographic",
            f"(?<![{CJK}]){name}(?=[，,、 \\t（(]{{1,2}}(?:男|女)(?:[，,、 \\t）)]|性|$))",
            score,
        ),
    ]
    return PatternRecognizer(
        supported_entity=str(cfg.get("entity", "PERSON")),
        name="Baseline_PERSON",
        supported_language=LANGUAGE,
        patterns=patterns,
    )


def address_recognizer(cfg: dict[str, Any]) -> PatternRecognizer:
    """Addresses after the same labels (2+ components) or from a province (3+ components)."""
    char = f"[{CJK}A-Za-z0-9０-９\\-－#（）()]"
    stops = _alt(cfg.get("stop_words") or ())
    step = f"(?:(?!{stops}){char})" if stops else char
    comp = _alt(cfg.get("components") or ())
    labels = _alt(cfg.get("labels") or ())
    provinces = _alt(cfg.get("provinces") or ())
    n = int(cfg.get("min_components", 2))
    patterns = [
        Pattern(
            "address-after-label",
            f"(?<=(?:{labels})[:：]?[ \\t\\u3000]*)(?:{step}+?(?:{comp})){{{n},12}}",
            float(cfg.get("score", 0.85)),
        ),
        Pattern(
            "address-from-province",
            f"(?:{provinces})(?:{step}*?(?:{comp})){{{n + 1},12}}",
            float(cfg.get("unlabelled_score", 0.6)),
        ),
    ]
    return PatternRecognizer(
        supported_entity=str(cfg.get("entity", "CN_ADDRESS")),
        name="Baseline_CN_ADDRESS",
        supported_language=LANGUAGE,
        patterns=patterns,
    )


def baseline_recognizers(rules: RuleSet) -> list[PatternRecognizer]:
    return [
        *pattern_recognizers(rules),
        person_recognizer(rules.person),
        address_recognizer(rules.address),
    ]


def spacy_model_dir() -> Path:
    """spaCy blank ``zh`` + jieba written to a temporary folder once per process.

    Presidio's ``SpacyNlpEngine`` loads models by name or path with ``spacy.load``; a path that
    exists is never downloaded.
    """
    global _model_dir
    if _model_dir is None:
        import jieba
        import spacy

        jieba.setLogLevel(logging.WARNING)
        nlp = spacy.blank(LANGUAGE, config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        target = Path(tempfile.mkdtemp(prefix="baomi-bench-spacy-zh-"))
        atexit.register(shutil.rmtree, target, True)  # spaCy has read it by then
        nlp.to_disk(target)
        _model_dir = target
    return _model_dir


def build_baseline(rules: RuleSet | None = None) -> AnalyzerEngine:
    """Plain Presidio with recognizers equivalent to baomi's; offline, no built-in recognizers."""
    rules = rules or load_rules()
    nlp_engine = SpacyNlpEngine(
        models=[{"lang_code": LANGUAGE, "model_name": str(spacy_model_dir())}]
    )
    nlp_engine.load()
    registry = RecognizerRegistry(
        recognizers=baseline_recognizers(rules), supported_languages=[LANGUAGE]
    )
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=DEFAULT_MIN_SCORE,
    )


if __name__ == "__main__":
    engine = build_baseline()
    sample = (
        sys.argv[1]
        if len(sys.argv) > 1
        else (
            "患者姓名：张伟，男，45岁，身份证号110105194912310021，联系电话13812345678，"
            "现住址：浙江省衢州市开化县华埠镇金星村3组17号，住院号：ZY20240315017"
        )
    )
    for r in engine.analyze(sample, language=LANGUAGE):
        print(f"{r.entity_type:22} {r.score:.2f} {sample[r.start : r.end]}")
