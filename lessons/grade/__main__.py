"""``python -m lessons.grade release | course DIR`` (and the grading workers' processes)."""

import sys

from lessons.grade.commands import main

if __name__ == "__main__":
    sys.exit(main())
