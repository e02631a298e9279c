"""The frozen program's entry point.

One executable serves both programs: started as ``fieldservice`` it is the desktop
application and its command line; started through the ``fieldservice-headoffice``
link (or ``fieldservice-headoffice.exe`` on Windows) it is the head-office server.
"""

import multiprocessing
import os
import sys


def main() -> int:
    # The head office's uvicorn workers are spawned processes: in a frozen program
    # the child runs this same executable, which must hand over to multiprocessing.
    multiprocessing.freeze_support()
    name = os.path.basename(sys.argv[0]).lower()
    if name.startswith("fieldservice-headoffice"):
        from fieldservice.headoffice.cli import main as headoffice

        return headoffice()
    from ui.launcher import main as desktop

    return desktop()


if __name__ == "__main__":
    raise SystemExit(main())
