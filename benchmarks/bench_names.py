"""Speed of the name model (``scanner.detect.names``) on dense and sparse text, chars/second.

* ``dense``: patient lists, one person a line with name, sex, age, ID number, phone and address
  (Faker ``zh_CN``), the shape where every line holds a surname and so every line is tagged;
* ``sparse``: Faker ``zh_CN`` paragraphs of prose (random words, hardly any names);
* ``digits``: numbers and codes only, where the surname gate skips every clause.

jieba.posseg over the same text is timed as a reference (what tagging every character with a
tokenizer costs). Best of ``--repeat``. Run: ``python benchmarks/bench_names.py [--chars 200000]``.

``--detector`` also times the whole detection (``Detector.analyze``) on the dense and sparse
texts twice in the same run — the name model switched off in ``person.yaml``'s ``model`` block
(detection as it was before the model was wired in) and on — against plain Presidio
(``benchmarks/baseline.py``), so the cost of the model shows as the change of the ratio.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from scanner.detect.names import NameModel  # noqa: E402


def dense(chars: int, seed: int) -> str:
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    lines: list[str] = []
    size = 0
    while size < chars:
        line = (
            f"{len(lines) + 1}  {fake.name()}  {rng.choice('男女')}  {rng.randint(1, 95)}岁  "
            f"{fake.ssn()}  {fake.phone_number()}  {fake.address()}"
        )
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def sparse(chars: int, seed: int) -> str:
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        p = fake.paragraph(nb_sentences=8)
        parts.append(p)
        size += len(p) + 1
    return "\n".join(parts)


def digits(chars: int, seed: int) -> str:
    rng = random.Random(seed)
    return "\n".join(
        f"{rng.randint(10**9, 10**10)} {rng.randint(0, 999):03d}-{rng.randint(0, 9999):04d}"
        for _ in range(chars // 20)
    )


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-jieba", action="store_true")
    parser.add_argument(
        "--detector", action="store_true", help="whole detection, model off and on, vs Presidio"
    )
    args = parser.parse_args(argv)
    if args.detector:
        return detector_table(args.chars, args.seed, args.repeat)

    t0 = time.perf_counter()
    model = NameModel.load()
    model.find("会议由孙国平主持。")
    print(f"load + first call: {time.perf_counter() - t0:.2f} s")
    import jieba.posseg as pseg

    list(pseg.cut("王明华主任"))
    print(f"{'text':8} {'chars':>9} {'names':>7} {'model kchar/s':>14} {'jieba kchar/s':>14}")
    for shape, make in (("dense", dense), ("sparse", sparse), ("digits", digits)):
        text = make(args.chars, args.seed)
        seconds = best(lambda text=text: model.find(text), args.repeat)
        found = len(model.find(text))
        jieba_rate = "-"
        if not args.no_jieba:
            js = best(lambda text=text: list(pseg.cut(text)), 1)
            jieba_rate = f"{len(text) / js / 1000:.0f}"
        print(
            f"{shape:8} {len(text):9,} {found:7,} {len(text) / seconds / 1000:14.0f} "
            f"{jieba_rate:>14}"
        )
    return 0


def detector_table(chars: int, seed: int, repeat: int) -> int:
    import dataclasses

    from benchmarks.baseline import LANGUAGE, build_baseline
    from scanner.detect.engine import Detector
    from scanner.detect.rulepacks import load_rules

    rules = load_rules()
    person_off = dict(rules.person, model={**(rules.person.get("model") or {}), "enabled": False})
    engines: dict[str, Callable[[str], list[Any]]] = {
        "baomi, model off": Detector(dataclasses.replace(rules, person=person_off)).analyze,
        "baomi, model on": Detector(rules).analyze,
    }
    baseline = build_baseline(rules)

    def presidio(text: str) -> list[Any]:
        return list(baseline.analyze(text, language=LANGUAGE))

    engines["presidio"] = presidio
    print(f"{'text':8} {'engine':18} {'chars':>9} {'PERSON':>7} {'Mchar/s':>8} {'vs presidio':>12}")
    for shape, make in (("dense", dense), ("sparse", sparse)):
        text = make(chars, seed)
        rates: dict[str, tuple[float, int]] = {}
        for name, analyze in engines.items():
            analyze(text[:2000])  # warm: first call loads models
            seconds = best(partial(analyze, text), repeat)
            people = sum(1 for r in analyze(text) if r.entity_type == "PERSON")
            rates[name] = (len(text) / seconds / 1e6, people)
        base = rates["presidio"][0]
        for name, (rate, people) in rates.items():
            print(
                f"{shape:8} {name:18} {len(text):9,} {people:7,} {rate:8.3f} {rate / base:11.1f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
