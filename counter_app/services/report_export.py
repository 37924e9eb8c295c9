"""Writing report tables to files a manager opens in Excel: CSV as Danish Excel reads it,
and an Excel workbook with one sheet per table.

The tables are plain data (:class:`ReportTable`): the window shows the same tables it
exports, so what a manager sees is what the file holds. openpyxl is imported when a
workbook is written (a quarter of a second the desk program need not spend at start).
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Cell = str | int | float | None

# Excel's limits on a sheet's name: at most 31 characters, none of these, not starting or
# ending with an apostrophe, and unique regardless of case.
SHEET_NAME_LENGTH = 31
_FORBIDDEN_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
# A text cell starting with one of these is read as a formula by Excel (and by openpyxl):
# a service name such as "=SUM(...)" must stay text (OWASP's "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MIN_WIDTH, _MAX_WIDTH = 8, 60


@dataclass
class ReportTable:
    """One table of a report: a title, column headings and rows of cells (text, whole
    numbers, decimal numbers, or None for "no value")."""

    title: str
    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


def write_csv(tables: Sequence[ReportTable], path: Path | str) -> None:
    """Write ``tables`` one after another to ``path`` as Danish Excel reads a CSV file:
    UTF-8 with a byte order mark, semicolons between cells, decimal commas. Each table is
    its title on a line of its own, the headings, the rows and an empty line."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        for table in tables:
            writer.writerow([_csv_text(table.title)])
            writer.writerow([_csv_text(column) for column in table.columns])
            for row in table.rows:
                writer.writerow([_csv_cell(cell) for cell in row])
            writer.writerow([])


def write_xlsx(tables: Sequence[ReportTable], path: Path | str, *, title: str) -> None:
    """Write ``tables`` to an Excel workbook at ``path``, one sheet per table. Each sheet
    starts with the table's full title (a sheet's name holds 31 characters) and
    ``title`` (what the report covers); then the bold headings and the rows, numbers as
    numbers."""
    from openpyxl import Workbook  # type: ignore[import-untyped]  # noqa: PLC0415 (slow)

    book = Workbook()
    book.remove(book.active)  # the empty sheet a new book has
    book.properties.title = title
    taken: set[str] = set()
    for index, table in enumerate(tables, start=1):
        name = sheet_name(table.title, taken, index)
        taken.add(name.casefold())
        _fill_sheet(book.create_sheet(name), table, title)
    book.save(Path(path))


def sheet_name(title: str, taken: set[str], index: int = 1) -> str:
    """A sheet name Excel accepts for ``title``: characters it forbids replaced, at most
    31 characters, and not among ``taken`` (case-folded names), with " (2)" and so on
    added when it would be."""
    base = _FORBIDDEN_IN_SHEET_NAME.sub("-", title).strip().strip("'").strip()
    base = base or f"Tabel {index}"
    candidate = base[:SHEET_NAME_LENGTH].rstrip().rstrip("'")
    number = 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate = base[: SHEET_NAME_LENGTH - len(suffix)].rstrip().rstrip("'") + suffix
        number += 1
    return candidate


# -- CSV ---------------------------------------------------------------------------------


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):  # a bool is an int to Python; no table should hold one
        return str(int(cell))
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        return _decimal_comma(cell)
    return _csv_text(cell)


def _decimal_comma(value: float) -> str:
    """A decimal number as Danish Excel reads it: "5,6", never "5.6" or "5.6e-05"."""
    if not math.isfinite(value):
        return ""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    if text in {"-0", ""}:
        text = "0"
    return text.replace(".", ",")


def _csv_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


# -- Excel -------------------------------------------------------------------------------

HEADER_ROW = 3  # title, what the report covers, then the headings


def _fill_sheet(sheet: Any, table: ReportTable, report_title: str) -> None:
    from openpyxl.styles import (  # type: ignore[import-untyped]  # noqa: PLC0415
        Alignment,
        Border,
        Font,
        PatternFill,
        Side,
    )

    sheet["A1"] = table.title
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A1"].data_type = "s"
    sheet["A2"] = report_title
    sheet["A2"].font = Font(italic=True, color="404040")
    sheet["A2"].data_type = "s"
    for column, heading in enumerate(table.columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column, value=heading)
        cell.data_type = "s"
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F2")
        cell.border = Border(bottom=Side(style="thin", color="1F3A5F"))
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    for row_number, row in enumerate(table.rows, start=HEADER_ROW + 1):
        for column, value in enumerate(row, start=1):
            _put(sheet, row_number, column, value)
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
    if table.columns:
        last = _column_letter(len(table.columns))
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + len(table.rows)}"
    _set_widths(sheet, table)


def _put(sheet: Any, row: int, column: int, value: Cell) -> None:
    if value is None:
        return
    if isinstance(value, float) and not math.isfinite(value):
        return
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text, even when it starts with "=" (see _FORMULA_STARTS)
    elif isinstance(value, float) and round(value, 1) == value:
        cell.number_format = "0.0"


def _set_widths(sheet: Any, table: ReportTable) -> None:
    for index, heading in enumerate(table.columns):
        cells = [row[index] for row in table.rows if index < len(row)]
        # A long heading wraps (the header row wraps its text) but no word is cut.
        words = max(map(len, heading.split()), default=0)
        longest = max([_shown_length(cell) for cell in cells] + [words, min(len(heading), 18)])
        if index == 0:  # the labels' column also holds the sheet's title
            longest = max(longest, min(len(table.title), 40))
        width = min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH)
        sheet.column_dimensions[_column_letter(index + 1)].width = width


def _column_letter(number: int) -> str:
    """Excel's name of the ``number``-th column (1: "A", 27: "AA")."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _shown_length(cell: Cell) -> int:
    if cell is None:
        return 0
    if isinstance(cell, float):
        return len(f"{cell:.1f}")
    return len(str(cell))
