"""The pieces the statistics window is built of: a key figure's tile, and a report table
under its title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.report_export import ReportTable
from counter_app.ui.statistics_labels import format_cell

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
MIN_TABLE_WIDTH = 340


class Tile(QFrame):
    """One key figure: a large number and what it is."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.caption = caption
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.label = QLabel(caption)
        self.label.setObjectName("tileCaption")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.label, 1)
        # Preferred height: the tiles of a row grow to the tallest (a caption on two lines).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(110)
        self.set_value("–")

    def set_value(self, text: str, *, alert: bool = False) -> None:
        """Show ``text`` as the figure; ``alert`` marks one that needs attention."""
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption}: {text}")
        self.setToolTip(f"{self.caption}: {text}")
        if self.property("alert") != alert:
            self.setProperty("alert", alert)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in (self.value, self.label):
                child.style().unpolish(child)
                child.style().polish(child)


class ReportTableView(QTableWidget):
    """A :class:`ReportTable` as the window shows it: read-only, numbers to the right in
    the program's number format. ``fit`` makes it as tall as its rows (the page scrolls)."""

    def __init__(self, *, fit: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTable")
        self.fit = fit
        self.table: ReportTable | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside
        self.verticalHeader().hide()
        self.setCornerButtonEnabled(False)  # no row headers: nothing to select all with
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        header.setHighlightSections(False)
        if fit:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_table(self, table: ReportTable, language: str) -> None:
        """Show ``table``'s headings and rows."""
        self.table = table
        self.setAccessibleName(table.title)
        self.clear()
        self.setColumnCount(len(table.columns))
        self.setRowCount(len(table.rows))
        for column, heading in enumerate(table.columns):
            item = QTableWidgetItem(wrapped_heading(heading))
            item.setToolTip(heading)
            numeric = any(
                isinstance(row[column], int | float) for row in table.rows if column < len(row)
            )
            alignment = Qt.AlignmentFlag.AlignBottom | (
                Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            )
            item.setTextAlignment(alignment)
            self.setHorizontalHeaderItem(column, item)
        for row_number, row in enumerate(table.rows):
            for column, value in enumerate(row):
                item = QTableWidgetItem(format_cell(value, language))
                if isinstance(value, str) and value:
                    item.setToolTip(value)
                if isinstance(value, int | float):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row_number, column, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if table.columns:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            width = self._contents_width()
            # Narrower than its contents when it must (three tables side by side in Danish):
            # then the names' column gives way, and the tool tips hold the whole names.
            self.setMinimumWidth(min(width, MIN_TABLE_WIDTH))
            # A table of a few columns reads badly stretched over the whole window.
            narrow = self.fit and len(table.columns) <= 3
            self.setMaximumWidth(max(width + 120, 460) if narrow else QWIDGETSIZE_MAX)
        self.resizeRowsToContents()
        self.updateGeometry()

    def shown_rows(self) -> list[list[str]]:
        """The cells as they read on the screen (for tests and the accessible view)."""
        return [
            [
                item.text() if (item := self.item(row, column)) is not None else ""
                for column in range(self.columnCount())
            ]
            for row in range(self.rowCount())
        ]

    def headings(self) -> list[str]:
        """The headings, unwrapped."""
        return list(self.table.columns) if self.table else []

    def _contents_width(self) -> int:
        self.resizeColumnsToContents()
        return sum(self.columnWidth(c) for c in range(self.columnCount())) + 2 * self.frameWidth()


class TableSection(QWidget):
    """A table under its title, or a line saying there is nothing in it."""

    def __init__(self, *, fit: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.view = ReportTableView(fit=fit)
        self.empty = QLabel(self.tr("None in this period."))
        self.empty.setObjectName("sectionEmpty")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 0 if fit else 1)
        layout.addWidget(self.empty)
        if fit:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_table(self, table: ReportTable, language: str) -> None:
        """Show ``table`` (its title above it)."""
        self.title.setText(table.title)
        self.view.show_table(table, language)
        self.view.setVisible(bool(table.rows))
        self.empty.setVisible(not table.rows)


def wrapped_heading(heading: str) -> str:
    """A long heading on two lines (split at the space nearest its middle), so the
    numbers' columns stay narrow; the export keeps it on one line."""
    if len(heading) <= 14 or " " not in heading:
        return heading
    middle = len(heading) // 2
    spaces = [i for i, c in enumerate(heading) if c == " "]
    split = min(spaces, key=lambda i: abs(i - middle))
    return heading[:split] + "\n" + heading[split + 1 :]
