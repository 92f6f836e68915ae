"""Load the policy's rule packs (YAML) and check them before anything runs.

Layout of a rules directory (the shipped one is the ``rules`` package; ``--rules DIR`` swaps it):

    recognizers/*.yaml   pattern rules, one pack per file (schema_version, rules: [...])
    person.yaml          the PERSON recognizer's word lists
    address.yaml         the CN_ADDRESS recognizer's word lists
    categories.yaml      category signals and the public-document rule
    labels.yaml          label template and retention years

Every rule carries positive and negative examples (STYLE.md); a rule without any does not load.
A broken pack raises :class:`RulesError` with a message naming the file and the rule, which the
CLI turns into exit code 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from scanner.detect.validators import VALIDATORS
from scanner.errors import BaomiError

SCHEMA_VERSION = 1
# libyaml's safe loader when PyYAML was built with it: the same documents, about 5x faster, which
# is most of the rules' share of a one-file scan's start-up.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CATEGORY_IDS = ("medical", "financial", "personnel", "operations", "other")


class RulesError(BaomiError):
    """A rule pack is missing, malformed or inconsistent."""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    value: str | None = None
    #: the column header / form label the text sits under, for rules that read table cells
    field: str | None = None


@dataclass(frozen=True, slots=True)
class Examples:
    positive: tuple[Example, ...]
    negative: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class PatternSpec:
    name: str
    regex: str
    score: float


@dataclass(frozen=True, slots=True)
class PatternRule:
    id: str
    entity: str
    description: str
    patterns: tuple[PatternSpec, ...]
    context: tuple[str, ...] = ()
    negative_context: tuple[str, ...] = ()
    requires_context: bool = False
    validator: str | None = None
    validated_score: float = 0.85
    allowlist: tuple[str, ...] = ()
    # A table cell whose column header or form label contains one of ``fields`` is read whole
    # against ``field_pattern`` ("病历号" column → "MZ20231123529").
    fields: tuple[str, ...] = ()
    field_pattern: str | None = None
    field_score: float = 0.85
    examples: Examples = Examples((), ())
    source: str = ""


@dataclass(frozen=True, slots=True)
class Signal:
    id: str
    weight: float
    keywords: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    min_count: int = 1
    max: float | None = None
    # Evidence signals (docs/categories.md): ``min_facts`` facts of these kinds (vocabulary terms,
    # fact patterns), counted only when one of ``identified_by`` holds (each a set of entity
    # types that must all be present: [[CN_RESIDENT_ID], [PERSON, CN_PHONE]]).
    facts: tuple[str, ...] = ()
    min_facts: int = 1
    identified_by: tuple[tuple[str, ...], ...] = ()
    near: int = 0  # facts count only within this many characters of the person; 0: anywhere
    # keywords count only in the title zone (the first line): the kind of document its title
    # names (预算草案, 考核结果汇总表, 采购计划); ``weight`` once, however many words the title has
    title_only: bool = False


@dataclass(frozen=True, slots=True)
class CategoryRule:
    id: str
    name: str
    signals: tuple[Signal, ...]


@dataclass(frozen=True, slots=True)
class PublicRule:
    threshold: float
    title_weight: float
    markers: tuple[Signal, ...]
    nonpublic: tuple[str, ...]
    max_identifiers: int
    identifier_entities: tuple[str, ...]
    blank_fields: int
    # evidence signals that identify a private person (a name or ID with facts about them): when
    # one fires the document is not public material, whatever its words
    private_person: tuple[str, ...] = ()
    # nonpublic words that name a subject as often as a level (内部控制, 商业秘密): they do not
    # overturn a heading that calls the document a publication (one of heading_publication)
    subject_words: tuple[str, ...] = ()
    heading_publication: tuple[str, ...] = ()
    # ids of markers that say as much as such a heading (a reporter's byline)
    publication_markers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RegisterRule:
    """A list of identified people (docs/categories.md "Registers"): secret whatever its words."""

    min_people: int = 3
    identifiers: tuple[str, ...] = ()
    min_identifiers: int = 2
    #: a register takes every category whose keyword and fact points reach this
    threshold: float = 2.0
    #: the category of a register that has no points anywhere
    fallback: str = "medical"


@dataclass(frozen=True, slots=True)
class CategoryExample:
    text: str
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Categories:
    threshold: float
    title_chars: int
    title_weight: float
    categories: tuple[CategoryRule, ...]
    public: PublicRule
    examples: tuple[CategoryExample, ...]
    #: fact kind -> regular expression (vital signs, bank accounts …)
    fact_patterns: tuple[tuple[str, str], ...] = ()
    register: RegisterRule | None = None
    #: whether the learned reading (scanner/detect/learned.py) may fill in a category the
    #: rules leave empty; a site whose own rules replace ours may want its decisions alone
    learned_reading: bool = True


@dataclass(frozen=True, slots=True)
class LabelPolicy:
    level: str
    template: str
    retention_years: dict[str, int]

    def text_for(self, years: int) -> str:
        return self.template.replace("{N}", str(years))


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Everything the engine needs, loaded and checked."""

    patterns: tuple[PatternRule, ...]
    person: dict[str, Any]
    address: dict[str, Any]
    categories: Categories
    labels: LabelPolicy
    origin: str = "built-in"
    extra: dict[str, Any] = field(default_factory=dict)


def _root(rules_dir: Path | None) -> Traversable:
    if rules_dir is None:
        return resources.files("rules")
    if not rules_dir.is_dir():
        raise RulesError(f"规则目录不存在 / rules directory not found: {rules_dir}")
    return rules_dir


def _read(node: Traversable, where: str) -> dict[str, Any]:
    try:
        data = yaml.load(node.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except FileNotFoundError as exc:
        raise RulesError(f"缺少规则文件 / missing rules file: {where}") from exc
    except yaml.YAMLError as exc:
        raise RulesError(f"规则文件格式错误 / invalid YAML in {where}: {exc}") from exc
    if not isinstance(data, dict):
        raise RulesError(f"规则文件应为映射 / {where}: expected a mapping at the top level")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise RulesError(
            f"{where}: schema_version must be {SCHEMA_VERSION}, "
            f"found {data.get('schema_version')!r}"
        )
    return data


def _examples(raw: Any, where: str) -> Examples:
    if not isinstance(raw, dict):
        raise RulesError(f"{where}: every rule needs examples.positive and examples.negative")

    def conv(items: Any) -> tuple[Example, ...]:
        out = []
        for item in items or ():
            if isinstance(item, str):
                out.append(Example(item))
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                out.append(Example(item["text"], item.get("value"), item.get("field")))
            else:
                raise RulesError(f"{where}: an example is a string or {{text, value}}")
        return tuple(out)

    ex = Examples(conv(raw.get("positive")), conv(raw.get("negative")))
    if not ex.positive and not ex.negative:
        raise RulesError(f"{where}: a rule with no positive and no negative example does not load")
    return ex


def _words(raw: Any, where: str, key: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
        raise RulesError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(raw)


def _pattern_rule(raw: dict[str, Any], where: str) -> PatternRule:
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid:
        raise RulesError(f"{where}: a rule needs an id")
    where = f"{where} rule {rid}"
    entity = raw.get("entity")
    if not isinstance(entity, str) or not re.fullmatch(r"[A-Z][A-Z0-9_]*", entity):
        raise RulesError(f"{where}: entity must be an upper-case name such as CN_PHONE")
    pats = []
    for p in raw.get("patterns") or ():
        try:
            re.compile(p["regex"])
            pats.append(PatternSpec(str(p["name"]), p["regex"], float(p.get("score", 0.5))))
        except (KeyError, TypeError) as exc:
            raise RulesError(f"{where}: a pattern needs name and regex") from exc
        except re.error as exc:
            raise RulesError(f"{where}: pattern {p.get('name')}: bad regex: {exc}") from exc
    if not pats:
        raise RulesError(f"{where}: no patterns")
    validator = raw.get("validator")
    if validator is not None and validator not in VALIDATORS:
        known = ", ".join(sorted(VALIDATORS))
        raise RulesError(f"{where}: unknown validator {validator!r} (known: {known})")
    fields = _words(raw.get("fields"), where, "fields")
    field_pattern = raw.get("field_pattern")
    if fields and not isinstance(field_pattern, str):
        raise RulesError(f"{where}: fields need a field_pattern (the regex a cell must match)")
    if field_pattern is not None:
        try:
            re.compile(field_pattern)
        except re.error as exc:
            raise RulesError(f"{where}: field_pattern: bad regex: {exc}") from exc
    return PatternRule(
        id=rid,
        entity=entity,
        description=str(raw.get("description", "")),
        patterns=tuple(pats),
        context=_words(raw.get("context"), where, "context"),
        negative_context=_words(raw.get("negative_context"), where, "negative_context"),
        requires_context=bool(raw.get("requires_context", False)),
        validator=validator,
        validated_score=float(raw.get("validated_score", 0.85)),
        allowlist=_words(raw.get("allowlist"), where, "allowlist"),
        fields=fields,
        field_pattern=field_pattern,
        field_score=float(raw.get("field_score", 0.85)),
        examples=_examples(raw.get("examples"), where),
        source=where,
    )


def _signal(raw: dict[str, Any], where: str) -> Signal:
    if not isinstance(raw, dict) or "id" not in raw:
        raise RulesError(f"{where}: a signal needs an id")
    sig = Signal(
        id=str(raw["id"]),
        weight=float(raw.get("weight", 1)),
        keywords=_words(raw.get("keywords"), where, "keywords"),
        entities=_words(raw.get("entities"), where, "entities"),
        min_count=int(raw.get("min_count", 1)),
        max=float(raw["max"]) if raw.get("max") is not None else None,
        facts=_words(raw.get("facts"), where, "facts"),
        min_facts=int(raw.get("min_facts", 1)),
        identified_by=tuple(
            _words(group, where, "identified_by") for group in raw.get("identified_by") or ()
        ),
        near=int(raw.get("near", 0)),
        title_only=bool(raw.get("title_only", False)),
    )
    if sig.title_only and not sig.keywords:
        raise RulesError(f"{where} signal {sig.id}: title_only needs keywords")
    if not sig.keywords and not sig.entities and not sig.facts:
        raise RulesError(f"{where} signal {sig.id}: needs keywords, entities or facts")
    return sig


def _fact_patterns(raw: Any, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, dict):
        raise RulesError(f"{where}: fact_patterns must map a fact kind to a regular expression")
    out = []
    for kind, pattern in raw.items():
        try:
            re.compile(str(pattern))
        except re.error as exc:
            raise RulesError(f"{where}: fact pattern {kind}: {exc}") from exc
        out.append((str(kind), str(pattern)))
    return tuple(out)


def _categories(data: dict[str, Any]) -> Categories:
    where = "categories.yaml"
    cats = []
    for raw in data.get("categories") or ():
        cid = raw.get("id")
        if cid not in CATEGORY_IDS:
            raise RulesError(
                f"{where}: category id {cid!r} is not one of {', '.join(CATEGORY_IDS)}"
            )
        sigs = tuple(_signal(s, f"{where} {cid}") for s in raw.get("signals") or ())
        cats.append(CategoryRule(cid, str(raw.get("name", cid)), sigs))
    pub = data.get("public") or {}
    public = PublicRule(
        threshold=float(pub.get("threshold", 4)),
        title_weight=float(pub.get("title_weight", 2)),
        markers=tuple(_signal(s, f"{where} public") for s in pub.get("markers") or ()),
        nonpublic=_words(pub.get("nonpublic"), where, "nonpublic"),
        max_identifiers=int(pub.get("max_identifiers", 3)),
        identifier_entities=_words(pub.get("identifier_entities"), where, "identifier_entities"),
        blank_fields=int(pub.get("blank_fields", 4)),
        private_person=_words(pub.get("private_person"), where, "private_person"),
        subject_words=_words(pub.get("subject_words"), where, "subject_words"),
        heading_publication=_words(pub.get("heading_publication"), where, "heading_publication"),
        publication_markers=_words(pub.get("publication_markers"), where, "publication_markers"),
    )
    if stray := sorted(set(public.publication_markers) - {m.id for m in public.markers}):
        raise RulesError(f"{where}: public.publication_markers names unknown markers {stray}")
    if stray := sorted(set(public.subject_words) - set(public.nonpublic)):
        raise RulesError(f"{where}: public.subject_words not in public.nonpublic: {stray}")
    known = {sig.id for cat in cats for sig in cat.signals}
    if unknown := sorted(set(public.private_person) - known):
        raise RulesError(f"{where}: public.private_person names unknown signals {unknown}")
    examples = tuple(
        CategoryExample(str(e["text"]), tuple(e.get("categories") or ()))
        for e in data.get("examples") or ()
    )
    if not examples:
        raise RulesError(f"{where}: category rules need examples")
    return Categories(
        threshold=float(data.get("threshold", 4)),
        title_chars=int(data.get("title_chars", 60)),
        title_weight=float(data.get("title_weight", 1.5)),
        categories=tuple(cats),
        public=public,
        examples=examples,
        fact_patterns=_fact_patterns(data.get("fact_patterns") or {}, where),
        register=_register(data.get("register"), where),
        learned_reading=_flag(data.get("learned_reading", True), where, "learned_reading"),
    )


def _flag(raw: Any, where: str, key: str) -> bool:
    if not isinstance(raw, bool):
        raise RulesError(f"{where}: {key} must be true or false, found {raw!r}")
    return raw


def _register(raw: Any, where: str) -> RegisterRule | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise RulesError(f"{where}: register must be a mapping")
    rule = RegisterRule(
        min_people=int(raw.get("min_people", 3)),
        identifiers=_words(raw.get("identifiers"), where, "register identifiers"),
        min_identifiers=int(raw.get("min_identifiers", 2)),
        threshold=float(raw.get("threshold", 2)),
        fallback=str(raw.get("fallback", "medical")),
    )
    if rule.fallback not in CATEGORY_IDS:
        raise RulesError(
            f"{where}: register fallback {rule.fallback!r} is not one of {', '.join(CATEGORY_IDS)}"
        )
    return rule


def _labels(data: dict[str, Any]) -> LabelPolicy:
    years = data.get("retention_years") or {}
    missing = [c for c in CATEGORY_IDS if not isinstance(years.get(c), int) or years[c] <= 0]
    if missing:
        raise RulesError(
            f"labels.yaml: retention_years needs a positive whole number for {missing}"
        )
    template = str(data.get("template", "秘密 保密期限：{N}年"))
    if "{N}" not in template:
        raise RulesError("labels.yaml: template must contain {N} (the retention period in years)")
    return LabelPolicy(
        str(data.get("level", "秘密")), template, {c: years[c] for c in CATEGORY_IDS}
    )


def _recognizer_config(data: dict[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(data.get("entity"), str):
        raise RulesError(f"{where}: entity must be set (e.g. PERSON)")
    data = dict(data)
    data["_examples"] = _examples(data.get("examples"), where)
    data["_where"] = where
    return data


def load_rules(rules_dir: Path | None = None) -> RuleSet:
    """Load and check a rules directory (the shipped rules when ``rules_dir`` is None)."""
    root = _root(rules_dir)
    rec_dir = root / "recognizers"
    if not rec_dir.is_dir():
        raise RulesError(f"规则目录缺少 recognizers/ / {root}: no recognizers/ folder")
    patterns: list[PatternRule] = []
    seen: set[str] = set()
    for node in sorted(rec_dir.iterdir(), key=lambda n: n.name):
        if not node.name.endswith((".yaml", ".yml")):
            continue
        where = f"recognizers/{node.name}"
        for raw in _read(node, where).get("rules") or ():
            rule = _pattern_rule(raw, where)
            if rule.id in seen:
                raise RulesError(f"{where}: rule id {rule.id} is defined twice")
            seen.add(rule.id)
            patterns.append(rule)
    return RuleSet(
        patterns=tuple(patterns),
        person=_recognizer_config(_read(root / "person.yaml", "person.yaml"), "person.yaml"),
        address=_recognizer_config(_read(root / "address.yaml", "address.yaml"), "address.yaml"),
        categories=_categories(_read(root / "categories.yaml", "categories.yaml")),
        labels=_labels(_read(root / "labels.yaml", "labels.yaml")),
        origin="built-in" if rules_dir is None else str(rules_dir),
    )
