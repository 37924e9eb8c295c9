"""The style sheets of the desk window, the kiosk, the display board and the statistics:
calm colours, large numbers, AA contrast (tests/ui/test_contrast.py), and text sizes in
step with the system's (:func:`fitted`)."""

import re

from PySide6.QtWidgets import QApplication

# The system text size the px font sizes of the desk's sheets were chosen at: Qt's default
# (Segoe UI 9 pt on Windows).
BASE_POINT_SIZE = 9.0
_FONT_SIZE = re.compile(r"font-size: (\d+)(px|pt)")


def scaled(sheet: str, factor: float) -> str:
    """``sheet`` with every ``font-size`` (px or pt) multiplied by ``factor``."""
    return _FONT_SIZE.sub(
        lambda match: f"font-size: {round(int(match[1]) * factor)}{match[2]}", sheet
    )


def text_size_factor() -> float:
    """How much larger than Qt's default the system's text is (Windows: Settings >
    Accessibility > Text size; a Linux desktop's font setting), in steps of 0.05."""
    points = QApplication.font().pointSizeF()
    return round(points / BASE_POINT_SIZE * 20) / 20 if points > 0 else 1.0


def fitted(sheet: str) -> str:
    """``sheet`` with its font sizes in step with the system's text size, as the text Qt
    draws by itself is: what a desk's style sheet sets stays as much larger than the
    rest as it was meant to be."""
    return scaled(sheet, text_size_factor())


DESK_STYLE = """
#topBar { background: #1f3a5f; }
#topBar QLabel { color: #ffffff; font-size: 15px; }
#topBar #place { font-weight: bold; }
#topBar #connection[state="online"] { color: #d6f5d6; }
#topBar #connection[state="offline"] { color: #ffe08a; font-weight: bold; }
#calledTicket { font-size: 64px; font-weight: bold; color: #1f3a5f; }
#calledTicket[empty="true"] { font-size: 20px; font-weight: normal; color: #4a4a4a; }
#callNext { font-size: 20px; font-weight: bold; background: #1f6f43; color: #ffffff;
            border-radius: 6px; padding: 8px 16px; }
#callNext:disabled { background: #6b6b6b; }
#callNext:focus { border: 3px solid #f0b400; }
#message { font-size: 14px; color: #7a2e00; }
QTableView { font-size: 15px; }
QGroupBox { font-weight: bold; margin-top: 14px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
"""

# The ticket kiosk: large, calm, high contrast (every text/background pair is at least
# WCAG AA; the focus frame is yellow on the blue buttons, black on the light page). The
# window scales every font-size to its screen (see kiosk_window.style_factor): the px
# sizes here are for 1280×800.
KIOSK_STYLE = """
#kiosk { background: #f5f2ea; }
#kiosk QLabel { color: #1b1b1b; background: transparent; }
#queueScroll, #queueList { background: transparent; }
QLabel#branchName { font-size: 24px; color: #3a3a3a; }
QLabel#kioskHeading { font-size: 52px; font-weight: bold; color: #1f3a5f; }
QLabel#kioskQuestion { font-size: 30px; }
QLabel#kioskStatus { font-size: 28px; font-weight: bold; color: #1f3a5f; padding: 6px; }
#queueButton { background: #1f3a5f; border: 6px solid #1f3a5f; border-radius: 16px; }
#queueButton:pressed { background: #142843; border-color: #142843; }
#queueButton:focus { border-color: #f0b400; }
#queueButton:disabled { background: #43607f; border-color: #43607f; }
#queueButton QLabel { color: #ffffff; }
#queueButton #queueLabel { font-size: 38px; font-weight: bold; }
#queueButton #queueHint { font-size: 22px; color: #e8eef6; }
#queueButton #queueWait { font-size: 24px; font-weight: bold; color: #ffe08a; }
QLabel#receiptHeading { font-size: 34px; }
QLabel#receiptNumber { font-size: 200px; font-weight: bold; color: #1f3a5f; }
QLabel#receiptQueue { font-size: 36px; font-weight: bold; }
QLabel#receiptWait { font-size: 28px; }
QLabel#receiptInstruction { font-size: 34px; font-weight: bold; color: #1f6f43;
                            padding: 12px; border: 3px solid transparent; }
QLabel#receiptInstruction[problem="true"] { color: #5c1a00; background: #fff1c2;
                                            border-color: #c25700; border-radius: 12px; }
QLabel#offlineNote { font-size: 24px; color: #3a3a3a; }
QLabel#kioskMessage { font-size: 40px; font-weight: bold; color: #1b1b1b; }
#doneButton { font-size: 32px; font-weight: bold; color: #1f3a5f; background: #ffffff;
              border: 4px solid #1f3a5f; border-radius: 14px; padding: 14px 48px; }
#doneButton:pressed { background: #dfe7f1; }
#doneButton:focus { border: 6px solid #000000; background: #ffe08a; }
"""

# The waiting room's display board: light text on deep blue, the newest call in amber. Font
# sizes are set in code from the window's height (board_window.py), so none are set here.
# Contrast (WCAG): white on #0e2238 16:1, #c8d6ea on #0e2238 11:1, #0e2238 on #ffcc33 11:1,
# #ffcc33 on #0e2238 11:1, white on #1a3656 12:1, #dce6f2 on #1a3656 10:1, #0e2238 on white
# 16:1 (the new call's blink: once a second, far below WCAG's three flashes a second).
BOARD_STYLE = """
#board { background: #0e2238; }
#board QLabel { color: #ffffff; background: transparent; }
#boardHeader { background: #081628; }
#board #caption, #board #heroCaption { color: #c8d6ea; }
#hero { background: #ffcc33; border-radius: 16px; }
#hero QLabel, #hero #heroCaption { color: #0e2238; }
#hero[flash="true"] { background: #ffffff; }
#hero[empty="true"] { background: #1a3656; }
#hero[empty="true"] QLabel, #hero[empty="true"] #heroCaption { color: #ffffff; }
#callRow[fresh="true"] QLabel { color: #ffcc33; }
#queueCard { background: #1a3656; border-radius: 12px; }
#queueCard #queueWaiting, #queueCard #queueWait { color: #dce6f2; }
"""

# The statistics window: readable on white and on the light backgrounds (WCAG AA): #1f3a5f
# on #f4f7fb 10:1, #4a4a4a on #f4f7fb 8:1, #8a1c1c on #fdecea 7:1, #1f6f43 on white 6:1.
STATISTICS_STYLE = """
QLabel#reportHeading { font-size: 15px; font-weight: bold; color: #1f3a5f; }
QLabel#statisticsStatus { padding: 3px 6px; }
QLabel#statisticsStatus[state="error"] {
    color: #8a1c1c; background: #fdecea; border: 1px solid #c0392b; border-radius: 4px; }
QLabel#statisticsStatus[state="busy"] { color: #4a4a4a; }
QLabel#statisticsStatus[state="done"] { color: #1f6f43; }
QLabel#hint { color: #4a4a4a; }
QFrame#tile { background: #f4f7fb; border: 1px solid #c9d6e6; border-radius: 6px; }
QFrame#tile[alert="true"] { background: #fdecea; border-color: #c0392b; }
QFrame#tile QLabel { background: transparent; border: none; }
QLabel#tileValue { font-size: 22px; font-weight: bold; color: #1f3a5f; }
QFrame#tile[alert="true"] QLabel#tileValue { color: #8a1c1c; }
QLabel#tileCaption { font-size: 12px; color: #3a3a3a; }
QLabel#sectionTitle, QLabel#chartTitle { font-size: 13px; font-weight: bold; color: #1b1b1b; }
QLabel#sectionEmpty, QLabel#chartEmpty { color: #4a4a4a; font-style: italic; }
QTableWidget#reportTable { font-size: 13px; }
QTableWidget#reportTable QHeaderView::section { font-size: 12px; font-weight: bold;
    padding: 3px 6px; }
QScrollArea#page, QWidget#pageBody { background: transparent; }
"""


def error_label_rule(object_name: str) -> str:
    """The one look of a dialog's line saying why nothing happened (contrast, WCAG AA:
    #a30000 on #fdecea 7:1)."""
    return (
        f"QLabel#{object_name} {{ color: #a30000; background: #fdecea; font-weight: bold;"
        " border: 1px solid #a30000; border-radius: 4px; padding: 4px 8px; }\n"
    )


def attention_bar_rule(object_name: str) -> str:
    """The one look of a bar that waits for staff to deal with something the server
    refused (#5c1a00 on #fff1c2: 12:1)."""
    return (
        f"#{object_name} {{ background: #fff1c2; border: 2px solid #c25700;"
        " border-radius: 6px; }\n"
        f"#{object_name} QLabel {{ color: #5c1a00; }}\n"
    )
