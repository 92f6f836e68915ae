"""Classification speed: the classifier of a git revision against the working tree's, one run.

Both classifiers read the same texts (``benchmarks/corpus.py`` documents read back as a scan
would, packed into the pipeline's batches) in the same process, one after the other, best of
``--repeat``: ``observe`` on every batch, then ``decide``. The older classifier is loaded from
``git show REV:scanner/detect/classify.py`` and given the rules of that revision, so the ratio
compares what a scan did then with what it does now. Plain Presidio's ``analyze`` on the same
batches is timed too, as the yardstick bench_detect.py uses: classification's share of a scan.

Run: ``python benchmarks/bench_classify.py [--against REV] [--docs 600] [--repeat 3] [--quick]``
(``--against`` defaults to HEAD: the working tree against the last commit).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.baseline import LANGUAGE, build_baseline  # noqa: E402
from benchmarks.bench_detect import best_of, load_corpus, mchar_s, pack  # noqa: E402
from scanner.detect import classify  # noqa: E402
from scanner.detect.rulepacks import load_rules  # noqa: E402


def _git_show(rev: str, path: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO_ROOT), "show", f"{rev}:{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def classifier_at(rev: str) -> Any:
    """The classifier of ``rev``, built with the rule packs of ``rev``."""
    module = types.ModuleType(f"classify_{rev}")
    source = _git_show(rev, "scanner/detect/classify.py")
    sys.modules[module.__name__] = module  # dataclasses look their module up while it loads
    exec(compile(source, module.__name__, "exec"), module.__dict__)  # noqa: S102
    listing = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "ls-tree", "-r", "--name-only", rev, "rules/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    with tempfile.TemporaryDirectory() as tmp:
        rules_dir = Path(tmp)
        for path in (p for p in listing if p.endswith(".yaml")):
            target = rules_dir / path.split("/", 1)[1]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_git_show(rev, path), encoding="utf-8")
        rules = load_rules(rules_dir)
    return module, module.Classifier(rules.categories)


def classify_all(module: Any, clf: Any, batches: Sequence[str]) -> int:
    ev = module.Evidence()
    for text in batches:
        clf.observe(ev, text)
    return len(clf.decide(ev).categories)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", default="HEAD", help="git revision to compare with")
    parser.add_argument("--docs", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="60 documents, one repetition")
    args = parser.parse_args(argv)
    if args.quick:
        args.docs, args.repeat = 60, 1

    with tempfile.TemporaryDirectory() as tmp:
        texts, source = load_corpus("corpus", args.docs, args.seed, Path(tmp))
    batches = pack(texts)
    chars = sum(map(len, batches))
    old_module, old = classifier_at(args.against)
    new = classify.Classifier(load_rules().categories)
    baseline = build_baseline()
    for fn in (lambda: classify_all(old_module, old, batches[:1]),
               lambda: classify_all(classify, new, batches[:1])):  # fmt: skip
        fn()  # warm-up
    t_old, _ = best_of(lambda: classify_all(old_module, old, batches), args.repeat)
    t_new, _ = best_of(lambda: classify_all(classify, new, batches), args.repeat)
    t_presidio, _ = best_of(
        lambda: [baseline.analyze(b, language=LANGUAGE) for b in batches], min(args.repeat, 2)
    )
    print(f"texts: {source}, {len(texts)} documents, {chars:,} chars in {len(batches)} batches")
    print(f"classify @ {args.against}: {t_old:.3f} s ({mchar_s(chars, t_old):.1f} Mchar/s)")
    print(f"classify (this tree): {t_new:.3f} s ({mchar_s(chars, t_new):.1f} Mchar/s)")
    print(f"plain Presidio analyze: {t_presidio:.3f} s")
    print(f"ratio new/old: {t_new / t_old:.2f}; classification / Presidio: "
          f"{t_old / t_presidio:.3f} → {t_new / t_presidio:.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
