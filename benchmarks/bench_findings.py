"""Detection's speed in process, and a hash of its findings to prove a speed-up changed nothing.

Issue 13's detection work must keep findings identical: every cut is checked by hashing what
``Detector.analyze`` returns (entity, start, end, score, rule and pattern) over three sets of
texts, before and after:

* ``dense``: ``bench_scale.py``'s patient lists (a patient on every line), in the pipeline's
  64 k batches;
* ``sparse``: its notices (prose with a contact now and then), in the same batches;
* ``corpus``: ``corpus.py``'s documents (every kind, both template families), as plain text.

CPU seconds of ``Detector.analyze`` over dense and sparse (best of ``--repeat``) are printed as
Mchar/s. Run it at two commits (``git stash``/``worktree``) and compare the hashes; in one session
alternate the two runs a few times, since CPU time moves with the machine's load too.

Run: ``python benchmarks/bench_findings.py [--files 4] [--kchars 200] [--docs 300] [--repeat 3]
[--profile dense|sparse]``.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.bench_scale import Texts  # noqa: E402
from benchmarks.presidio_scan import pieces  # noqa: E402


def corpus_texts(n: int, seed: int) -> list[str]:
    from benchmarks.corpus import KIND_BUILDERS, Synth, _text_lines, build_doc

    s = Synth(seed)
    kinds = sorted(KIND_BUILDERS)
    out = []
    for i in range(n):
        d = build_doc(s, kinds[i % len(kinds)], "ab"[i % 2], fmt="txt")
        out.append("\n".join(_text_lines(d, "\t")))
    return out


def digest(detector: object, texts: Sequence[str]) -> tuple[str, int]:
    h = hashlib.sha256()
    count = 0
    for text in texts:
        for r in detector.analyze(text):  # type: ignore[attr-defined]
            meta = r.recognition_metadata or {}
            row = (r.entity_type, r.start, r.end, r.score, meta.get("rule_id"), meta.get("pattern"))
            h.update(repr(row).encode())
            count += 1
        h.update(b"\x00")
    return h.hexdigest()[:16], count


def parent_share(chars: int, repeat: int, seed: int) -> int:
    """CPU seconds the parent of ``baomi scan --format jsonl`` spends on one dense record and on
    300 small ones: taking it off the worker's pipe, adding it to the summary, writing it — the
    findings sent (before) against the line rendered by the worker (``render_jsonl``)."""
    import io
    import pickle
    import tempfile

    from scanner.output.interface import Summary
    from scanner.output.jsonlines import JsonLinesWriter, render_line
    from scanner.pipeline import Scanner

    gen = Texts(seed)
    scanner = Scanner()
    scanner.detector.warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "dense.txt"
        big.write_text(gen.dense(chars), encoding="utf-8")
        smalls = []
        for i in range(300):
            small = Path(tmp) / f"doc-{i:03d}.txt"
            small.write_text(gen.dense(1500) if i % 2 else gen.sparse(1500), encoding="utf-8")
            smalls.append(small)
        sets = {"one dense record": [big], "300 documents": smalls}
        for label, paths in sets.items():
            results = [scanner.scan_file(p) for p in paths]
            full = [pickle.dumps(r) for r in results]
            for r in results:
                r.leave_findings(render_line(r, False))
            light = [pickle.dumps(r) for r in results]
            row = []
            for payloads in (full, light):
                best = float("inf")
                for _ in range(repeat):
                    t0 = time.process_time()
                    writer, summary = JsonLinesWriter(io.StringIO()), Summary()
                    for payload in payloads:
                        result = pickle.loads(payload)
                        summary.add(result)
                        writer.write(result)
                    best = min(best, time.process_time() - t0)
                row.append(best / len(paths))
            findings = sum(summary.by_entity.values())
            print(
                f"parent CPU per record, {label} ({findings:,} findings): findings sent "
                f"{row[0] * 1000:.2f} ms, rendered by the worker {row[1] * 1000:.3f} ms, "
                f"{row[0] / row[1]:.0f}x less"
            )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--kchars", type=int, default=200)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", choices=("dense", "sparse"), help="cProfile one corpus, top 25")
    ap.add_argument("--no-hash", action="store_true", help="timing only")
    ap.add_argument(
        "--parent", action="store_true", help="the parent's CPU per record, findings vs rendered"
    )
    args = ap.parse_args(argv)
    if args.parent:
        return parent_share(args.kchars * 1000, args.repeat, args.seed)

    from scanner.detect.engine import Detector
    from scanner.detect.rulepacks import load_rules
    from scanner.pipeline import BATCH_CHARS

    gen = Texts(args.seed)
    corpora = {
        "dense": [gen.dense(args.kchars * 1000) for _ in range(args.files)],
        "sparse": [gen.sparse(args.kchars * 1000) for _ in range(args.files)],
    }
    batches = {k: [p for t in v for _, p in pieces(t, BATCH_CHARS)] for k, v in corpora.items()}
    detector = Detector(load_rules())
    detector.warm_up()
    detector.analyze(batches["dense"][0])

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for t in batches[args.profile]:
            detector.analyze(t)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return 0

    for kind, texts in batches.items():
        chars = sum(map(len, texts))
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            for t in texts:
                detector.analyze(t)
            best = min(best, time.process_time() - t0)
        print(f"{kind:7} {chars:>9,} chars  {best:7.3f} s CPU  {chars / best / 1e6:6.3f} Mchar/s")
    if not args.no_hash:
        sets = {**batches, "corpus": corpus_texts(args.docs, args.seed)}
        for kind, texts in sets.items():
            h, count = digest(detector, texts)
            print(f"hash {kind:7} {len(texts):>4} texts {count:>7,} findings  {h}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
