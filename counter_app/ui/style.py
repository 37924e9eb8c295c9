"""The desk window's style sheet: calm colours, large numbers, AA contrast."""

DESK_STYLE = """
#topBar { background: #1f3a5f; }
#topBar QLabel { color: #ffffff; font-size: 15px; }
#topBar #place { font-weight: bold; }
#connection[state="online"] { color: #d6f5d6; }
#connection[state="offline"] { color: #ffe08a; font-weight: bold; }
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
