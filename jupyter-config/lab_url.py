"""Print (and open) the address of the lesson `make lab` starts on, once JupyterLab is up.

Jupyter prints the address of its start page and cannot add a query to it; the lesson page needs
one, ``?file-browser-path=/``, so that the file browser shows the top of the kit (lessons/,
datasets/, student/) and not only the lesson's folder. `make lab` starts this script just before
the shell becomes ``jupyter lab``, so the server's process ID is the shell's, known in advance:

    python jupyter-config/lab_url.py PID PAGE [--open]

It waits for the server's ``jpserver-PID.json`` in Jupyter's runtime folder, prints the address
with the server's real port and token, opens it in the browser with ``--open``, and exits. It
stops waiting when the server ends first.
"""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.parse
import webbrowser
from pathlib import Path

from jupyter_core.paths import jupyter_runtime_dir


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lesson_url(server: dict, page: str) -> str:
    """The lesson's address on a running server, with the file browser at the top of the kit."""
    query = {"file-browser-path": "/"}
    if server.get("token"):
        query["token"] = server["token"]
    path = urllib.parse.quote(page)
    return f"{server['url'].rstrip('/')}/lab/tree/{path}?{urllib.parse.urlencode(query, safe='/')}"


def main(argv: list[str]) -> int:
    pid, page = int(argv[0]), argv[1]
    info = Path(jupyter_runtime_dir()) / f"jpserver-{pid}.json"
    while not info.exists():
        if not running(pid):
            return 0
        time.sleep(0.3)
    time.sleep(1.0)  # let Jupyter print its own addresses first: this one comes last
    for _attempt in range(20):
        try:
            server = json.loads(info.read_text("utf-8"))
            break
        except (OSError, ValueError):  # still being written
            time.sleep(0.3)
    else:
        return 1
    url = lesson_url(server, page)
    print(f"\n    Open {page} at:\n\n        {url}\n", flush=True)
    if "--open" in argv[2:]:
        webbrowser.open(url)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
