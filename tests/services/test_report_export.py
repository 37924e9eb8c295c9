"""Report tables written as CSV for Danish Excel and as an Excel workbook, read back."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook  # type: ignore[import-untyped]

from counter_app.services.report_export import (
    SHEET_NAME_LENGTH,
    ReportTable,
    sheet_name,
    write_csv,
    write_xlsx,
)

LONG_TITLE = "Vente- og betjeningstid pr. kø og filial: æøå ÆØÅ"  # over 31 characters


def _tables() -> list[ReportTable]:
    return [
        ReportTable(
            "Henvendelser pr. filial",
            ["Filial", "Henvendelser", "Andel borgerservice (%)"],
            [
                ["Hovedbiblioteket", 1234, 56.3],
                ["Lokalbibliotek Nord", 87, None],
                ["Bibliotek Øst/Syd [test]", 0, 0.0],
            ],
        ),
        ReportTable(LONG_TITLE, ["Kø", "Ventetid, median (min)"], [["Kørekort og pas", 5.6]]),
        ReportTable("Tjenester", ["Tjeneste", "Antal"], [["=SUM(A1)", 3], ["Sundhedskort", 2]]),
        ReportTable("Tjenester", ["Tjeneste", "Antal"], [["Flytning", 1]]),  # the same title
    ]


def test_csv_is_what_danish_excel_reads(tmp_path: Path) -> None:
    path = tmp_path / "statistik.csv"
    write_csv(_tables(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    assert "Kørekort og pas;5,6\r\n".encode() in raw
    with path.open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file, delimiter=";"))
    assert lines[:6] == [
        ["Henvendelser pr. filial"],
        ["Filial", "Henvendelser", "Andel borgerservice (%)"],
        ["Hovedbiblioteket", "1234", "56,3"],
        ["Lokalbibliotek Nord", "87", ""],
        ["Bibliotek Øst/Syd [test]", "0", "0"],
        [],
    ]
    assert lines[6:10] == [
        [LONG_TITLE],
        ["Kø", "Ventetid, median (min)"],
        ["Kørekort og pas", "5,6"],
        [],
    ]
    # A text that looks like a formula stays text; both tables of the same title are kept.
    assert lines[10:] == [
        ["Tjenester"],
        ["Tjeneste", "Antal"],
        ["'=SUM(A1)", "3"],
        ["Sundhedskort", "2"],
        [],
        ["Tjenester"],
        ["Tjeneste", "Antal"],
        ["Flytning", "1"],
        [],
    ]


def test_csv_decimals_never_use_a_point_or_an_exponent(tmp_path: Path) -> None:
    path = tmp_path / "tal.csv"
    write_csv(
        [ReportTable("Tal", ["a", "b", "c", "d"], [[0.00001, -2.5, 1e7, float("nan")]])], path
    )
    with path.open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file, delimiter=";"))
    assert lines[2] == ["0,00001", "-2,5", "10000000", ""]


def test_xlsx_has_a_sheet_per_table_with_numbers_as_numbers(tmp_path: Path) -> None:
    path = tmp_path / "statistik.xlsx"
    write_xlsx(_tables(), path, title="Demo Kommune · Hele kommunen · marts 2026")
    book = load_workbook(path)
    assert book.sheetnames == [
        "Henvendelser pr. filial",
        "Vente- og betjeningstid pr. kø",
        "Tjenester",
        "Tjenester (2)",
    ]
    assert all(len(name) <= SHEET_NAME_LENGTH for name in book.sheetnames)
    assert book.properties.title == "Demo Kommune · Hele kommunen · marts 2026"

    first = book["Henvendelser pr. filial"]
    assert first["A1"].value == "Henvendelser pr. filial" and first["A1"].font.b
    assert first["A2"].value == "Demo Kommune · Hele kommunen · marts 2026"
    header = [cell.value for cell in first[3]]
    assert header == ["Filial", "Henvendelser", "Andel borgerservice (%)"]
    assert all(cell.font.b for cell in first[3])
    values = [[cell.value for cell in row] for row in first.iter_rows(min_row=4)]
    assert values == [
        ["Hovedbiblioteket", 1234, 56.3],
        ["Lokalbibliotek Nord", 87, None],
        ["Bibliotek Øst/Syd [test]", 0, 0.0],
    ]
    assert first["B4"].data_type == "n" and first["C4"].data_type == "n"
    assert first["C4"].number_format == "0.0"
    assert first.freeze_panes == "A4"
    assert first.column_dimensions["A"].width >= len("Bibliotek Øst/Syd [test]")
    assert not first["A4"].font.b

    long = book["Vente- og betjeningstid pr. kø"]
    assert long["A1"].value == LONG_TITLE  # the full title, which the name cannot hold
    assert [[c.value for c in row] for row in long.iter_rows(min_row=3)] == [
        ["Kø", "Ventetid, median (min)"],
        ["Kørekort og pas", 5.6],
    ]
    formula = book["Tjenester"]["A4"]
    assert formula.value == "=SUM(A1)" and formula.data_type == "s"
    assert book["Tjenester (2)"]["A4"].value == "Flytning"


def test_sheet_names_are_made_acceptable_and_unique() -> None:
    taken: set[str] = set()
    names: list[str] = []
    for title in ["Kø: A/B [1]?", "kø- a-b -1--", "x" * 40, "x" * 40, "'citeret'", ""]:
        name = sheet_name(title, taken, len(names) + 1)
        taken.add(name.casefold())
        names.append(name)
    assert names == [
        "Kø- A-B -1--",
        "kø- a-b -1-- (2)",  # unique regardless of case, as Excel requires
        "x" * 31,
        "x" * 27 + " (2)",
        "citeret",
        "Tabel 6",
    ]
