"""The evaluator's arithmetic and the corpus generator's promises.

The scorer decides what "90 % recall" means for the whole project, so its counts are checked on
small hand-made cases; the generator's truth is checked against the files it writes with check
digits computed here independently, so a bug in corpus.py cannot vouch for itself.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))

from benchmarks import corpus, evaluate  # noqa: E402
from benchmarks.evaluate import Counts, address_match, normalise, score  # noqa: E402


def _truth(path: str, categories: list[str], *entities: tuple[str, str]) -> dict:
    return {
        "path": path,
        "kind": "test",
        "categories": categories,
        "entities": [{"entity_type": t, "value": v} for t, v in entities],
    }


def _pred(path: str, categories: list[str], *findings: tuple[str, str], status: str = "ok") -> dict:
    return {
        "path": path,
        "status": status,
        "categories": categories,
        "findings": [{"entity_type": t, "value": v, "score": 0.9} for t, v in findings],
    }


# -- scorer ----------------------------------------------------------------------------------


def test_exact_counts_per_type_and_multiset() -> None:
    truth = [
        _truth(
            "a.txt",
            ["medical"],
            ("PERSON", "张伟"),
            ("PERSON", "张伟"),
            ("CN_PHONE", "13800138000"),
        ),
        _truth("b.txt", [], ("CN_PHONE", "0571-87654321")),
    ]
    predicted = [
        # the name once of twice, the phone with spaces, one invented ID
        _pred(
            "a.txt",
            ["medical"],
            ("PERSON", "张伟"),
            ("CN_PHONE", "138 0013 8000"),
            ("CN_RESIDENT_ID", "110101199003074478"),
        ),
        _pred("b.txt", [], ("CN_PHONE", "(0571)87654321"), ("CN_PHONE", "120")),
    ]
    report = score(truth, predicted)
    assert report.entities["PERSON"] == Counts(tp=1, fp=0, fn=1)
    assert report.entities["CN_PHONE"] == Counts(tp=2, fp=1, fn=0)
    assert report.entities["CN_RESIDENT_ID"] == Counts(tp=0, fp=1, fn=0)
    assert report.entity_total == Counts(tp=3, fp=2, fn=1)
    assert report.entity_total.precision == pytest.approx(3 / 5)
    assert report.entity_total.recall == pytest.approx(3 / 4)


def test_same_value_of_another_type_does_not_match() -> None:
    report = score(
        [_truth("a.txt", [], ("CN_MEDICAL_RECORD_NO", "2024001234"))],
        [_pred("a.txt", [], ("CN_PHONE", "2024001234"))],
    )
    assert report.entities["CN_MEDICAL_RECORD_NO"] == Counts(fn=1)
    assert report.entities["CN_PHONE"] == Counts(fp=1)


def test_address_containment_and_overlap() -> None:
    full = "浙江省衢州市开化县华埠镇金星村3组17号"
    assert address_match(
        normalise("CN_ADDRESS", full), normalise("CN_ADDRESS", "华埠镇金星村3组17号")
    )
    # 15 of 16 characters shared, neither contains the other
    assert address_match("开化县华埠镇金星村3组17号", "开化县华埠镇金星村3组18号")
    assert not address_match("开化县华埠镇金星村3组17号", "城关镇人民路45号2单元301室")
    assert not address_match("", "城关镇")

    truth = [
        _truth("a.txt", [], ("CN_ADDRESS", full), ("CN_ADDRESS", "城关镇人民路45号2单元301室"))
    ]
    predicted = [
        _pred(
            "a.txt",
            [],
            ("CN_ADDRESS", "开化县华埠镇金星村3组17号"),
            ("CN_ADDRESS", "城关镇人民路45号"),
            ("CN_ADDRESS", "解放路1号"),
        )
    ]
    assert score(truth, predicted).entities["CN_ADDRESS"] == Counts(tp=2, fp=1, fn=0)


def test_one_predicted_address_matches_one_truth_address() -> None:
    truth = [
        _truth(
            "a.txt",
            [],
            ("CN_ADDRESS", "华埠镇金星村3组17号"),
            ("CN_ADDRESS", "华埠镇金星村3组17号"),
        )
    ]
    predicted = [_pred("a.txt", [], ("CN_ADDRESS", "金星村3组17号"))]
    assert score(truth, predicted).entities["CN_ADDRESS"] == Counts(tp=1, fp=0, fn=1)


def test_categories_are_compared_as_sets_per_document() -> None:
    truth = [
        _truth("pay.xlsx", ["financial", "personnel"]),
        _truth("leaflet.pdf", []),
        _truth("plan.docx", ["operations"]),
    ]
    predicted = [
        _pred("pay.xlsx", ["personnel"]),
        _pred("leaflet.pdf", ["medical"]),
        _pred("plan.docx", ["operations", "operations"]),
    ]
    report = score(truth, predicted)
    assert report.categories["financial"] == Counts(fn=1)
    assert report.categories["personnel"] == Counts(tp=1)
    assert report.categories["medical"] == Counts(fp=1)
    assert report.categories["operations"] == Counts(tp=1)


def test_missing_or_failed_documents_count_as_nothing_found() -> None:
    truth = [_truth("a.pdf", ["medical"], ("PERSON", "李娜")), _truth("b.pdf", ["other"])]
    predicted = [_pred("a.pdf", ["medical"], ("PERSON", "李娜"), status="error")]
    report = score(truth, predicted)
    assert report.entities["PERSON"] == Counts(fn=1)
    assert report.category_total == Counts(fn=2)
    assert report.not_ok == {"error": 1, "missing": 1}


def test_decoys_reported_are_counted_and_values_masked() -> None:
    doc = _truth("a.txt", [])
    doc["decoys"] = [{"kind": "hotline", "value": "12320"}]
    report = score([doc], [_pred("a.txt", [], ("CN_PHONE", "12320"), ("PERSON", "王小明"))])
    assert report.decoy_hits == {"hotline": 1}
    text = evaluate.render(report)
    assert "王小明" not in text and "12320" not in text
    assert "王小明" in evaluate.render(report, show_values=True)
    assert evaluate.render(report, markdown=True).startswith("| entity type |")


def test_scanner_paths_map_to_truth_paths(tmp_path: Path) -> None:
    known = {"a/0001.docx"}
    lines = [json.dumps({"path": str(tmp_path / "a" / "0001.docx"), "status": "ok"}), "not json"]
    assert evaluate.read_predictions(lines, tmp_path, known)[0]["path"] == "a/0001.docx"
    assert evaluate.relative_path("corpus/a/0001.docx", Path("/elsewhere"), known) == "a/0001.docx"


# -- generator -------------------------------------------------------------------------------


def _gb11643(value: str) -> bool:
    if len(value) != 18:
        return False
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(c) * w for c, w in zip(value[:17], weights, strict=True))
    return "10X98765432"[total % 11] == value[17].upper()


def _luhn(value: str) -> bool:
    digits = [int(c) for c in value][::-1]
    return sum(d if i % 2 == 0 else sum(divmod(2 * d, 10)) for i, d in enumerate(digits)) % 10 == 0


def _gb32100(value: str) -> bool:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    total = sum(chars.index(c) * pow(3, i, 31) for i, c in enumerate(value[:17]))
    return chars[-total % 31] == value[17]


def _file_text(path: Path, record: dict) -> str:
    """The text of a generated file, read with the libraries an extractor would use."""
    suffix = path.suffix
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
        for section in document.sections:
            parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
        return "\n".join(parts)
    if suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        return "\n".join(
            str(v)
            for ws in book
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v is not None
        )
    if suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    encoding = {"utf-8-sig": "utf-8-sig", "gbk": "gbk"}.get(record["encoding"], "utf-8")
    return path.read_bytes().decode(encoding)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("corpus")
    return out, corpus.generate(out, n=84, seed=7, family="all")


@pytest.mark.slow  # writes the 84-document benchmark corpus (docx, pdf, xlsx)
def test_generate_is_deterministic_and_writes_what_it_lists(
    generated: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    out, records = generated
    assert corpus.generate(tmp_path, n=84, seed=7, family="all") == records
    assert corpus.generate(tmp_path / "other", n=84, seed=8, family="all") != records
    written = [json.loads(line) for line in (out / "truth.jsonl").read_text("utf-8").splitlines()]
    assert written == records
    assert all((out / r["path"]).is_file() for r in records)
    assert {r["kind"] for r in records} == set(corpus.KIND_BUILDERS)
    assert {r["format"] for r in records} == {"txt", "md", "csv", "docx", "pdf", "xlsx"}
    assert all(r["public"] == (r["categories"] == []) for r in records)
    assert {r["family"] for r in corpus.generate(tmp_path / "b", n=5, seed=1, family="b")} == {"b"}


@pytest.mark.slow  # writes the 84-document benchmark corpus (docx, pdf, xlsx)
def test_every_secret_carries_a_valid_check_digit(generated: tuple[Path, list[dict]]) -> None:
    values: dict[str, list[str]] = {}
    for record in generated[1]:
        for e in record["entities"]:
            values.setdefault(e["entity_type"], []).append(e["value"].replace(" ", ""))
    assert values["CN_RESIDENT_ID"] and all(_gb11643(v) for v in values["CN_RESIDENT_ID"])
    assert values["CN_BANK_CARD"] and all(_luhn(v) for v in values["CN_BANK_CARD"])
    assert values["CN_USCC"] and all(_gb32100(v) for v in values["CN_USCC"])
    assert all(re.fullmatch(r"E(\d{8}|[A-Z]\d{7})", v) for v in values.get("CN_PASSPORT", []))


@pytest.mark.slow  # writes the 84-document benchmark corpus (docx, pdf, xlsx)
def test_truth_is_in_the_files_and_decoys_are_not_in_truth(
    generated: tuple[Path, list[dict]],
) -> None:
    out, records = generated
    decoys_seen = 0
    for record in records:
        text = _file_text(out / record["path"], record)
        compact = re.sub(r"\s+", "", text)
        truth_values = {re.sub(r"\s+", "", e["value"]) for e in record["entities"]}
        for value in truth_values:
            assert value in compact, (record["path"], value)
        for number in re.findall(r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])", text):
            if not _gb11643(number):
                decoys_seen += 1
                assert number not in truth_values, (record["path"], number)
        for number in re.findall(r"(?<!\d)\d{16,19}(?!\d)", text):
            if not _luhn(number) and not _gb11643(number):
                assert number not in truth_values, (record["path"], number)
        for decoy in record["decoys"]:
            assert decoy["value"] not in truth_values
    assert decoys_seen > 0
