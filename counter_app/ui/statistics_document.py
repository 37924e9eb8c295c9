"""The statistics on paper: the shown report as a printable document (every table, and
the charts of inquiries by hour and by service), printed or saved as an A4 PDF.

Its few words are translated here (context ``StatisticsDocument``); the tables bring
their own translated titles and headings.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QSize, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from counter_app.domain.timezone import to_local
from counter_app.protocol.statistics import StatisticsReport
from counter_app.services.report_export import ReportTable
from counter_app.ui.statistics_charts import BarChart
from counter_app.ui.statistics_labels import format_cell, report_heading
from counter_app.ui.statistics_tables import StatisticsTables
from counter_app.ui.statistics_widgets import wrapped_heading

translate = QCoreApplication.translate

WIDE_TABLE_COLUMNS = 8  # more columns than this print in smaller type
CHART_IMAGES = {"hour": "chart://hour", "service": "chart://service"}
CHART_SIZE = QSize(720, 260)


def report_document(
    report: StatisticsReport | None,
    tables: StatisticsTables | None,
    charts: Mapping[str, BarChart],
    language: str,
    *,
    font: QFont,
    parent: QObject | None = None,
) -> QTextDocument:
    """``report`` as a document: the heading, then every table (and the charts of
    inquiries by hour and by service) under its translated title; empty without one."""
    document = QTextDocument(parent)
    font = QFont(font)
    font.setPointSize(9)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    if report is None:
        return document
    title = html.escape(translate("StatisticsDocument", "Statistics"))
    parts = [
        "<html><body>",
        f"<h1 style='font-size:16pt; color:#1f3a5f'>{title}</h1>",
        f"<p style='font-size:11pt'><b>{html.escape(report_heading(report))}</b><br/>",
        html.escape(
            translate("StatisticsDocument", "Computed %1 at %2")
            .replace("%1", to_local(report.generated_at).strftime("%d.%m.%Y"))
            .replace("%2", to_local(report.generated_at).strftime("%H:%M"))
        ),
        "</p>",
    ]
    for table in tables.all() if tables is not None else []:
        parts.append(html_table(table, language))
        chart_name = _chart_after(table, tables)
        if chart_name is not None and any(charts[chart_name].values):
            image = charts[chart_name].image(CHART_SIZE)
            url = CHART_IMAGES[chart_name]
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
            parts.append(f"<p><img src='{url}' width='720'/></p>")
    parts.append("</body></html>")
    document.setHtml("".join(parts))
    return document


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Print ``document`` on A4 landscape (the waiting-time tables have twelve columns),
    12 mm margins."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    document.print_(printer)


def write_pdf(document: QTextDocument, target: Path, title: str) -> None:
    """Write ``document`` to ``target`` as an A4 PDF named ``title`` (raises OSError when
    the file could not be written)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setDocName(title)
    print_document(document, printer)
    if not target.exists():
        raise OSError(translate("StatisticsDocument", "the PDF could not be written"))


def _chart_after(table: ReportTable, tables: StatisticsTables | None) -> str | None:
    """The chart printed under ``table``, if any."""
    if tables is None:
        return None
    if table is tables.by_hour:
        return "hour"
    if table is tables.by_service:
        return "service"
    return None


def html_table(table: ReportTable, language: str) -> str:
    """One table for the printed report: wide tables in smaller type, so that twelve
    columns fit A4 across without breaking words."""
    title = f"<h2 style='font-size:12pt; color:#1f3a5f'>{html.escape(table.title)}</h2>"
    if not table.rows:
        return title + "<p>–</p>"
    wide = len(table.columns) > WIDE_TABLE_COLUMNS
    numeric = [
        any(isinstance(row[c], int | float) for row in table.rows if c < len(row))
        for c in range(len(table.columns))
    ]
    cells = ["<tr>"]
    for column, heading in enumerate(table.columns):
        align = "right" if numeric[column] else "left"
        text = "<br/>".join(html.escape(line) for line in wrapped_heading(heading).split("\n"))
        cells.append(f"<th align='{align}' valign='bottom' bgcolor='#dce6f2'>{text}</th>")
    cells.append("</tr>")
    for row in table.rows:
        cells.append("<tr>")
        for value in row:
            align = "right" if isinstance(value, int | float) else "left"
            cells.append(f"<td align='{align}'>{html.escape(format_cell(value, language))}</td>")
        cells.append("</tr>")
    width = "100%" if len(table.columns) > 3 else "60%"
    size = "7.5pt" if wide else "9pt"
    return (
        title
        + f"<table border='1' cellspacing='0' cellpadding='3' width='{width}' "
        + f"style='border-collapse:collapse; border-color:#9a9a9a; font-size:{size}'>"
        + "<thead>"
        + "".join(cells[: len(table.columns) + 2])
        + "</thead>"
        + "".join(cells[len(table.columns) + 2 :])
        + "</table>"
    )
