"""Score a name model on the sentences ``train_names.py --holdout N`` left out of training.

Thresholds and features of the name model are chosen here, on a split of the TRAIN files, never
on the dev/test sets that ``benchmarks/public_ner.py`` reports. For each labelled training file
every Nth sentence (``k % N == 0``) is read; the model in ``--model`` (a folder holding
``model.crfsuite`` and ``surnames.json``) tags them alone, and PersonRecognizer (the shipped rules'
``person`` block) with that model in place of the shipped one. ``--min-marginal`` sweeps the
recognizer's threshold.

Weibo NER and Resume NER publish a dev split besides train and test; neither is read by training
nor by ``benchmarks/public_ner.py``, so ``--dev DIR`` scores them too (``DIR`` holds
``weiboNER_2nd_conll.dev`` and ``dev.char.bmes`` as their publishers name them, checked by sha256:
``DEV_SHA256``; docs/names-model.md, round 8).

Run: ``python scripts/tune_names.py --data DIR --model OUT --holdout 7 [--min-marginal 0.5 0.6]
[--dev DEVDIR]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.public_ner import Sentence, load_cluener, load_tagged, score  # noqa: E402
from scripts.train_names import NAME_LABELS  # noqa: E402

# The dev splits of the two sets that publish one (tuning only; never trained on), with their
# labels: hltcoe/golden-horse data/weiboNER_2nd_conll.dev at
# 7a73c08e45ed94312af4ef2d97cc35a47d029e99, jiesutd/LatticeLSTM ResumeNER/dev.char.bmes at
# 24d17f4270f11d2f75046789d8b67eaa2b907dce.
DEV_SHA256 = {
    "weiboNER_2nd_conll.dev": "e72730d83aac680505280b6301c879b3ba470d29ac308979d48cdc58ee4907cc",
    "dev.char.bmes": "1b0d67153e6e8543e9444936ed1b107bd843078c282533898085e1a9aa293952",
}
DEV_LABELS = {"weiboNER_2nd_conll.dev": ("PER.NAM",), "dev.char.bmes": ("NAME",)}


def dev_splits(folder: Path) -> dict[str, list[Sentence]]:
    """Weibo's and Resume's dev splits in ``folder``, each checked against ``DEV_SHA256``."""
    out: dict[str, list[Sentence]] = {}
    for file, want in DEV_SHA256.items():
        path = folder / file
        got = hashlib.sha256(path.read_bytes()).hexdigest()
        if got != want:
            raise SystemExit(f"{path}: sha256 {got}, expected {want}")
        out[file] = load_tagged(path)
    return out


def held_out(data: Path, every: int) -> dict[str, list[Sentence]]:
    """The sentences of each labelled training file that training left out."""
    out: dict[str, list[Sentence]] = {}
    for file in NAME_LABELS:
        path = data / file
        loaded = load_cluener(path) if file.endswith(".json") else load_tagged(path)
        out[file] = [s for k, s in enumerate(loaded) if k % every == 0]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--model", type=Path, required=True, help="folder of the trained model")
    parser.add_argument("--holdout", type=int, default=7)
    parser.add_argument("--min-marginal", type=float, nargs="*", default=[])
    parser.add_argument("--dev", type=Path, help="folder with Weibo's and Resume's dev splits")
    args = parser.parse_args(argv)

    from scanner.detect.names import NameModel
    from scanner.detect.recognizers import person
    from scanner.detect.rulepacks import load_rules

    meta = json.loads((args.model / "surnames.json").read_text(encoding="utf-8"))
    config = dict(load_rules().person)
    model = NameModel(
        (args.model / "model.crfsuite").read_bytes(),
        meta["surnames"],
        meta["compounds"],
        exclude=config.get("famous") or (),
        given=meta.get("given"),
    )
    # The recognizer asks person._name_model() for its model: this one stands in for the shipped.
    person._name_model.cache_clear()
    person._name_model = lambda: model  # type: ignore[assignment]
    margins = args.min_marginal or [float((config.get("model") or {}).get("min_marginal", 0.6))]
    print(f"{'set':28} {'system':18} {'gold':>5} {'TP':>5} {'FP':>4} {'FN':>4}   P      R      F1")
    splits = held_out(args.data, args.holdout)
    labels = dict(NAME_LABELS)
    if args.dev is not None:
        splits |= dev_splits(args.dev)
        labels |= DEV_LABELS
    for file, sentences in splits.items():
        texts = [s.text for s in sentences]
        gold = [s.values(labels[file]) for s in sentences]
        systems = {"model": [[x.text for x in model.find(t)] for t in texts]}
        for m in margins:
            rec = person.PersonRecognizer(
                config | {"model": dict(config.get("model") or {}) | {"min_marginal": m}}
            )
            rec.load()
            systems[f"recognizer@{m:g}"] = [
                [t[r.start : r.end] for r in rec.analyze(t, ["PERSON"])] for t in texts
            ]
        for system, predicted in systems.items():
            c = score(texts, gold, predicted, examples=0).counts
            print(
                f"{file:28} {system:18} {c.tp + c.fn:5} {c.tp:5} {c.fp:4} {c.fn:4}"
                f"  {c.precision:.3f}  {c.recall:.3f}  {c.f1:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
