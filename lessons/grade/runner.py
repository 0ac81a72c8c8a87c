"""Run one notebook inside the grading sandbox: ``python runner.py JOB.json``.

This file runs as a plain script inside the sandbox (it imports nothing from the kit, so the
sandbox needs no grading tools). It executes every code cell in a fresh kernel, keeps each
cell's output under a size limit, stops a cell after its time limit and, when a kernel ignores
the interrupt (or dies), starts a new one and replays the notebook without that cell: a stuck
cell costs its own exercise, not the notebook. The executed notebook is written next to the job.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# jsonschema's optional IRI checker builds a grammar on import (2 s per hand-in); never needed here
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

import nbformat  # noqa: E402 - after the line above
from nbclient import NotebookClient  # noqa: E402
from nbclient.exceptions import DeadKernelError  # noqa: E402

TIMED_OUT = {
    "ename": "CellTimeoutError",
    "evalue": "the cell took too long and was stopped",
    "traceback": [],
}
KERNEL_DIED = "KernelDied"
PROBE_SECONDS = 3  # how long a kernel may take to answer after an interrupt
MOST_ATTEMPTS = 6  # kernels started for one notebook


class CappedClient(NotebookClient):
    """nbclient with a limit on the bytes of output each cell may keep."""

    def __init__(self, *args, output_limit: int, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.output_limit = output_limit
        self.output_bytes: dict[int, int] = {}
        self.timed_out = False

    async def _async_handle_timeout(self, timeout, cell=None):  # noqa: ANN001, ANN202
        self.timed_out = True
        return await super()._async_handle_timeout(timeout, cell)

    def output(self, outs, msg, display_id, cell_index):  # noqa: ANN001, ANN201 - nbclient's API
        size = len(json.dumps(msg.get("content", {}), default=str))
        used = self.output_bytes.get(cell_index, 0)
        self.output_bytes[cell_index] = used + size
        if used + size <= self.output_limit:
            return super().output(outs, msg, display_id, cell_index)
        if used <= self.output_limit:
            self.output_bytes[cell_index] = self.output_limit + 1
            note = f"[output cut: more than {self.output_limit // 1000} kB]\n"
            outs.append(nbformat.v4.new_output("stream", name="stdout", text=note))
        return None


def _execute(client: CappedClient, cell: nbformat.NotebookNode, index: int) -> bool:
    """Run one cell; True when it was stopped for taking too long (an error output says so)."""
    client.timed_out = False
    client.execute_cell(cell, index)
    if client.timed_out:
        cell.outputs.append(nbformat.v4.new_output("error", **TIMED_OUT))
    return client.timed_out


def _responsive(client: CappedClient) -> bool:
    """Does the kernel answer again after the interrupt?"""
    probe = nbformat.v4.new_code_cell("pass")
    client.nb.cells.append(probe)  # nbclient looks cells up by their index
    saved = client.timeout
    client.timeout = PROBE_SECONDS
    try:
        return not _execute(client, probe, len(client.nb.cells) - 1)
    except DeadKernelError:
        return False
    finally:
        client.timeout = saved
        client.nb.cells.remove(probe)


def _attempt(notebook: nbformat.NotebookNode, job: dict, skip: set[int]) -> int | None:
    """Run the notebook in one kernel; return the index of a cell that stuck it, if any."""
    client = CappedClient(
        notebook,
        timeout=job["timeout"],
        interrupt_on_timeout=True,
        error_on_timeout=TIMED_OUT,
        allow_errors=True,
        kernel_name="python3",
        iopub_timeout=10,  # a busy machine delivers outputs late; they must not be lost
        shutdown_kernel="immediate",
        resources={"metadata": {"path": job["folder"]}},
        output_limit=job["output_limit"],
    )
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type != "code":
                continue
            if index in skip:
                continue
            try:
                stopped = _execute(client, cell, index)
            except DeadKernelError:
                cell.outputs = [
                    nbformat.v4.new_output(
                        "error", ename=KERNEL_DIED, evalue="the kernel stopped", traceback=[]
                    )
                ]
                return index
            if stopped and not _responsive(client):
                return index
    return None


def run(job: dict) -> nbformat.NotebookNode:
    """Execute the job's notebook; cells that stuck or killed a kernel are skipped on replay."""
    notebook = nbformat.read(job["notebook"], 4)
    skip: set[int] = set()
    kept: dict[int, list] = {}
    for _ in range(MOST_ATTEMPTS):
        stuck = _attempt(notebook, job, skip)
        if stuck is None:
            break
        skip.add(stuck)
        kept[stuck] = notebook.cells[stuck].outputs
    for index, outputs in kept.items():
        notebook.cells[index].outputs = outputs
    return notebook


def main(argv: list[str]) -> int:
    job = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    notebook = run(job)
    nbformat.write(notebook, job["executed"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
