"""Would RE2 or Hyperscan make detection faster? Measured in one run, on dense and sparse text.

Issue 13 asks to consider a multi-pattern engine (Hyperscan, RE2) for the hot patterns "if it
measures better". Two questions decide it, and this benchmark prints both:

1. **How much of detection is regex work at all?** ``Detector.analyze`` is timed (CPU seconds,
   best of ``--repeat``) on entity-dense text (a patient list: name, ID, phone, address, record
   number on every line) and on sparse text (notices with a contact now and then). A profiled run
   then adds up the time spent inside the C regex methods (``search``, ``match``, ``finditer``,
   ``fullmatch``, ``sub``, ``split`` of compiled patterns, every recognizer's). Even an engine that
   made all of it free could not make detection faster than ``1 / (1 - share)``.
2. **Are the engines faster on our patterns?** Every rule-pack pattern is compiled with Python's
   ``re``, with RE2 (``google-re2``) and with Hyperscan (``hyperscan``). Neither RE2 nor Hyperscan
   has look-arounds, and baomi's patterns need them (``\\b`` never fires between 汉字 and a digit,
   so every identifier opens with ``(?<![0-9A-Za-z])``), so the count of patterns each engine
   takes *as written* is printed; then the look-arounds are removed from all of them (what a port
   would do, checking the boundaries afterwards in Python) and the one alternation of those cores
   is searched over the same texts by each engine: matches per engine and characters per second.

The engines are optional: ``pip install google-re2 hyperscan`` (wheels on PyPI for Linux x86-64);
an engine that is not installed is reported as such.

Run: ``python benchmarks/bench_regex_engines.py [--chars 256000] [--repeat 3] [--quick]``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.bench_scale import Texts  # noqa: E402
from scanner.detect.engine import Detector  # noqa: E402
from scanner.detect.rulepacks import load_rules  # noqa: E402

_REGEX_METHODS = {"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
_LOOK = ("(?<!", "(?<=", "(?!", "(?=")


def cpu_best(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def regex_seconds(stats: pstats.Stats) -> tuple[float, dict[str, float]]:
    """Seconds spent inside compiled patterns' C methods, from a profile, and by caller."""
    total = 0.0
    by_caller: dict[str, float] = {}
    for (_file, _line, name), row in stats.stats.items():  # type: ignore[attr-defined]
        match = re.fullmatch(r"<method '(\w+)' of 're\.(?:Pattern|Match)' objects>", name)
        if match and match.group(1) in _REGEX_METHODS:
            total += row[2]  # tottime
            for (file, _l, caller), caller_row in row[4].items():
                where = f"{Path(file).stem}.{caller}"
                by_caller[where] = by_caller.get(where, 0.0) + caller_row[2]
    return total, by_caller


def without_lookarounds(pattern: str) -> str:
    """``pattern`` with every look-around group removed (they hold no capturing groups here)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith(_LOOK, i):
            depth, j = 0, i
            while j < len(pattern):
                ch = pattern[j]
                if ch == "\\":
                    j += 2
                    continue
                if ch == "[":
                    j = pattern.index("]", j + 2) + 1
                    continue
                depth += ch == "("
                depth -= ch == ")"
                j += 1
                if depth == 0:
                    break
            i = j
            continue
        out.append(pattern[i])
        i += 1
    core = "".join(out)
    # possessive quantifiers are Python 3.11's; the other engines have none
    return re.sub(r"([*+?}])\+", r"\1", core).replace("(?P<value>", "(")


def alternation(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


class Engine:
    def __init__(self, name: str) -> None:
        self.name = name
        self.error = ""

    def compiles(self, pattern: str) -> bool:
        raise NotImplementedError

    def count(self, patterns: Sequence[str], text: str) -> Callable[[], int]:
        raise NotImplementedError


class PythonRe(Engine):
    def compiles(self, pattern: str) -> bool:
        re.compile(pattern)
        return True

    def count(self, patterns: Sequence[str], text: str) -> Callable[[], int]:
        rx = re.compile(alternation(patterns))
        return lambda: sum(1 for _ in rx.finditer(text))


class Re2(Engine):
    def __init__(self) -> None:
        super().__init__("RE2 (google-re2)")
        try:
            import re2

            self.re2: Any = re2
            self.options = re2.Options()
            self.options.log_errors = False  # a refused pattern is counted, not logged
        except ImportError:
            self.error = "not installed (pip install google-re2)"

    def compiles(self, pattern: str) -> bool:
        try:
            self.re2.compile(pattern, self.options)
        except Exception:  # noqa: BLE001 — re2.error and ValueError for unsupported syntax
            return False
        return True

    def count(self, patterns: Sequence[str], text: str) -> Callable[[], int]:
        rx = self.re2.compile(alternation(patterns), self.options)
        return lambda: sum(1 for _ in rx.finditer(text))


class Hyperscan(Engine):
    def __init__(self) -> None:
        super().__init__("Hyperscan")
        try:
            import hyperscan

            self.hs: Any = hyperscan
        except ImportError:
            self.error = "not installed (pip install hyperscan)"

    def _db(self, patterns: Sequence[str]) -> Any:
        hs = self.hs
        db = hs.Database(mode=hs.HS_MODE_BLOCK)
        flags = hs.HS_FLAG_UTF8 | hs.HS_FLAG_UCP | hs.HS_FLAG_SOM_LEFTMOST
        db.compile(
            expressions=[p.encode() for p in patterns],
            ids=list(range(len(patterns))),
            elements=len(patterns),
            flags=[flags] * len(patterns),
        )
        return db

    def compiles(self, pattern: str) -> bool:
        try:
            self._db([pattern])
        except Exception:  # noqa: BLE001 — hyperscan.error for unsupported syntax
            return False
        return True

    def count(self, patterns: Sequence[str], text: str) -> Callable[[], int]:
        db = self._db(patterns)
        data = text.encode()

        def run() -> int:
            found = [0]

            def on_match(*_args: Any) -> None:
                found[0] += 1

            db.scan(data, match_event_handler=on_match)
            return found[0]

        return run


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=256_000, help="characters per corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="20 k characters, one run (CI smoke)")
    args = ap.parse_args(argv)
    if args.quick:
        args.chars, args.repeat = 20_000, 1

    gen = Texts(7)
    texts = {"dense": gen.dense(args.chars), "sparse": gen.sparse(args.chars)}
    detector = Detector(load_rules())
    detector.warm_up()
    for text in texts.values():
        detector.analyze(text[:4000])

    print("1. regex work inside detection (CPU seconds, best of", args.repeat, "runs)")
    print(
        f"{'corpus':8} {'chars':>9} {'detect s':>9} {'regex s':>8} {'share':>6} {'bound':>6}"
        "   regex seconds by caller (top 4)"
    )
    for name, text in texts.items():
        total = cpu_best(lambda text=text: detector.analyze(text), args.repeat)
        profile = cProfile.Profile()
        profile.runcall(detector.analyze, text)
        in_regex, by_caller = regex_seconds(pstats.Stats(profile))
        share = min(in_regex / total, 0.99)
        top = sorted(by_caller.items(), key=lambda kv: -kv[1])[:4]
        print(
            f"{name:8} {len(text):9,} {total:9.3f} {in_regex:8.3f} {share:6.1%} "
            f"{1 / (1 - share):5.2f}x   "
            + ", ".join(f"{where} {seconds:.3f}" for where, seconds in top)
        )
    print(
        "   bound: the most detection could gain if every regex call cost nothing "
        "(profiled C time over unprofiled total)"
    )

    patterns = [p.regex for rule in load_rules().patterns for p in rule.patterns]
    cores = [without_lookarounds(p) for p in patterns]
    engines: list[Engine] = [PythonRe("Python re"), Re2(), Hyperscan()]
    print(f"\n2. the rule pack's {len(patterns)} patterns under each engine")
    print(
        f"{'engine':18} {'as written':>10} {'cores':>6} "
        + " ".join(f"{n + ' Mchar/s':>15} {'matches':>8}" for n in texts)
        + f" {'vs re':>6}"
    )
    base: dict[str, float] = {}
    for engine in engines:
        if engine.error:
            print(f"{engine.name:18} {engine.error}")
            continue
        as_written = sum(engine.compiles(p) for p in patterns)
        usable = [c for c in cores if engine.compiles(c)]
        cells = []
        ratios = []
        for name, text in texts.items():
            run = engine.count(usable, text)
            matches = run()
            seconds = cpu_best(run, args.repeat)
            speed = len(text) / seconds / 1e6
            base.setdefault(name, speed)
            ratios.append(speed / base[name])
            cells.append(f"{speed:15.2f} {matches:8,}")
        print(
            f"{engine.name:18} {as_written:>5}/{len(patterns):<4} {len(usable):>6} "
            + " ".join(cells)
            + f" {min(ratios):5.1f}x"
        )
    print(
        "   cores: the patterns without look-arounds (a port would check boundaries in Python); "
        "matches differ where a boundary is no longer checked or an engine reports overlaps"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
