"""The look of the help dialogs (first start, connecting, checklists): plain buttons with a
yellow focus frame that is seen from across the desk, errors in red on pink. A button's
border and padding add up to the same size in every state, and its font never changes
with the state (Qt sizes a button once), so a focused or default button never cuts its
text."""

# Contrast (WCAG AA): #a30000 on #fdecea 7:1, #1b1b1b on #f4f6f9 16:1, #1f3a5f on the
# dialog's #efefef 10:1, #3a3a3a on #efefef 9.9:1.
HELP_STYLE = """
QPushButton { background: #f4f6f9; color: #1b1b1b; border: 1px solid #7a8699;
              border-radius: 4px; padding: 8px 16px; min-height: 18px; }
QPushButton:default { border: 2px solid #1f3a5f; padding: 7px 15px; }
QPushButton:hover { background: #e4ebf4; }
QPushButton:pressed { background: #cfdbea; }
QPushButton:focus { border: 3px solid #f0b400; padding: 6px 14px; }
QLineEdit { padding: 4px; }
QLineEdit:focus, QListWidget:focus { border: 2px solid #f0b400; }
QListWidget { font-size: 14px; }
QLabel#helpHeading { font-size: 17px; font-weight: bold; color: #1f3a5f; }
QLabel#helpText { font-size: 14px; }
QLabel#helpHint { color: #3a3a3a; }
QLabel#helpError { color: #a30000; background: #fdecea; font-weight: bold;
                   border: 1px solid #a30000; border-radius: 4px; padding: 4px 8px; }
"""
