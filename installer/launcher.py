"""The frozen desk program's entry point: what ``counter-app`` runs in the installed build."""

import multiprocessing
import sys

from counter_app.app.desk_main import main
from counter_app.app.windowed_output import attach_missing_streams

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows program must say so before anything
    attach_missing_streams()  # the Windows build has no console: its messages go to a log
    sys.exit(main())
