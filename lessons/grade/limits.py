"""Limits on one hand-in: its whole group of processes capped, and ended, as one.

Every process a hand-in starts goes into a group made for that hand-in alone: the group's memory
and number of processes are capped, and when the notebook is done every process still in it is
killed and the group removed. The group is the first of these that works on the machine:

1. a systemd scope (``systemd-run --user --scope``; the system's own as root): most laptops;
2. a cgroup v2 folder below the grader's own, where it may make one with ``memory`` and ``pids``;
3. cgroup v1 ``memory`` and ``pids`` groups below the grader's own (when writable: root, usually);
4. none: then only the per-process limits hold, and RLIMIT_NPROC caps processes for an ordinary
   user (it counts all of that user's processes; the kernel ignores it for root).

Per-process limits (``prlimit``) apply with every mechanism: address space, file size, no core.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CGROUPS = Path("/sys/fs/cgroup")
FILE_LIMIT = 200 * 1024**2  # bytes one file may grow to
PREFIX = "lessons-grade"
# Puts itself into each group named before "--", then becomes the command after it.
JOIN = 'while [ "$1" != -- ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"'


@dataclass(frozen=True)
class Cap:
    """How a hand-in's group of processes is capped: ``systemd``, ``cgroup2``, ``cgroup1`` or
    ``rlimits`` (no group), with the cgroup folders groups are made in and what they cap."""

    kind: str
    places: tuple[str, ...] = ()  # cgroup v2: one folder; v1: one per controller
    controllers: tuple[str, ...] = ()  # what the group caps: "memory", "pids"
    user: bool = False  # systemd: the user's own manager (systemd-run --user)

    def describe(self, memory: int, processes: int) -> str:
        """One line for the log: what is capped per hand-in, by what."""
        mb = memory // 1024**2
        per_process = f"each process {mb} MB of address space"
        capped = []
        if "memory" in self.controllers:
            capped.append(f"{mb} MB of memory")
        if "pids" in self.controllers:
            capped.append(f"{processes} processes")
        if self.kind == "systemd":
            how = "a systemd scope (systemd-run" + (" --user" if self.user else "") + ")"
        elif self.kind == "cgroup2":
            how = f"a cgroup v2 group below {self.places[0]}"
        elif self.kind == "cgroup1":
            how = f"cgroup v1 groups ({', '.join(self.controllers)})"
        else:
            how = ""
        if how:
            return f"per hand-in {' and '.join(capped)} in {how}; {per_process}"
        if os.geteuid() == 0:
            return (
                f"no cgroup could be made: {per_process}; the process cap is NOT enforced "
                "(the kernel ignores RLIMIT_NPROC for root); every process still ends with its "
                "notebook"
            )
        return (
            f"no cgroup could be made: {per_process}; at most {processes} more processes "
            "(RLIMIT_NPROC, which counts all of this user's processes)"
        )


def choose_cap(memory: int, processes: int) -> Cap:
    """The best group mechanism that works here (each is tried for real), else rlimits."""
    for probe in (_systemd, _cgroup2, _cgroup1):
        cap = probe()
        if cap is not None:
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                with group(cap, "probe", memory, processes) as prefix:
                    ran = subprocess.run(
                        [*prefix, "true"], capture_output=True, timeout=30, check=False
                    )
                if ran.returncode == 0:
                    return cap
    return Cap("rlimits")


def _systemd() -> Cap | None:
    if not shutil.which("systemd-run") or not (CGROUPS / "cgroup.controllers").exists():
        return None
    return Cap("systemd", controllers=("memory", "pids"), user=os.geteuid() != 0)


def _own_cgroups() -> dict[str, str]:
    """The grader's own cgroup per controller ("" for cgroup v2), from /proc/self/cgroup."""
    found = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, names, path = line.split(":", 2)
            for name in names.split(","):
                found[name] = path
    return found


def _cgroup2() -> Cap | None:
    """A cgroup v2 folder below our own that may hold capped groups (delegated, or root's)."""
    if not (CGROUPS / "cgroup.controllers").exists() or "" not in _own_cgroups():
        return None
    place = CGROUPS / _own_cgroups()[""].lstrip("/")
    try:
        if not {"memory", "pids"} <= set((place / "cgroup.controllers").read_text().split()):
            return None
        enabled = set((place / "cgroup.subtree_control").read_text().split())
        if not {"memory", "pids"} <= enabled:
            (place / "cgroup.subtree_control").write_text("+memory +pids")
    except OSError:
        return None
    return Cap("cgroup2", (str(place),), ("memory", "pids"))


def _cgroup1() -> Cap | None:
    """cgroup v1 ``memory`` and ``pids`` hierarchies, where we may make groups below our own."""
    own = _own_cgroups()
    places, controllers = [], []
    for name in ("memory", "pids"):
        place = CGROUPS / name / own.get(name, "").lstrip("/")
        if name in own and (place / "cgroup.procs").exists() and os.access(place, os.W_OK):
            places.append(str(place))
            controllers.append(name)
    return Cap("cgroup1", tuple(places), tuple(controllers)) if places else None


# --- One hand-in's group --------------------------------------------------------------------------


@contextlib.contextmanager
def group(cap: Cap, name: str, memory: int, processes: int) -> Iterator[list[str]]:
    """Make a capped group; yield the command prefix that starts a command inside it.

    Afterwards every process left in the group is killed and the group removed.
    """
    label = f"{PREFIX}-{os.getpid()}-{name}"
    if cap.kind == "systemd":
        with _systemd_scope(cap, label, memory, processes) as prefix:
            yield prefix
        return
    folders = []
    try:
        for place, controller in zip(cap.places, cap.controllers, strict=False):
            folder = Path(place) / label
            folder.mkdir(exist_ok=True)
            folders.append(folder)
            _set_limits(cap, folder, controller, memory, processes)
        procs = [str(folder / "cgroup.procs") for folder in folders]
        yield ["sh", "-c", JOIN, "lessons-join", *procs, "--"] if procs else []
    finally:
        _end_groups(folders)


def _set_limits(cap: Cap, folder: Path, controller: str, memory: int, processes: int) -> None:
    if cap.kind == "cgroup2":
        (folder / "memory.max").write_text(str(memory))
        with contextlib.suppress(OSError):
            (folder / "memory.swap.max").write_text("0")
        (folder / "pids.max").write_text(str(processes))
    elif controller == "memory":
        (folder / "memory.limit_in_bytes").write_text(str(memory))
        with contextlib.suppress(OSError):  # swap counted too, where the kernel accounts it
            (folder / "memory.memsw.limit_in_bytes").write_text(str(memory))
    elif controller == "pids":
        (folder / "pids.max").write_text(str(processes))


def _end_groups(folders: list[Path]) -> None:
    """Kill every process in the groups (again, until none is left), then remove them."""
    for folder in folders:
        with contextlib.suppress(OSError):
            (folder / "cgroup.kill").write_text("1")  # cgroup v2, Linux 5.14 and later
    for _ in range(100):
        left = []
        for folder in folders:
            with contextlib.suppress(OSError):
                for pid in (folder / "cgroup.procs").read_text().split():
                    with contextlib.suppress(OSError):
                        os.kill(int(pid), signal.SIGKILL)
                folder.rmdir()
            if folder.exists():
                left.append(folder)
        folders = left
        if not folders:
            return
        time.sleep(0.05)


@contextlib.contextmanager
def _systemd_scope(cap: Cap, unit: str, memory: int, processes: int) -> Iterator[list[str]]:
    user = ["--user"] if cap.user else []
    limits = [f"MemoryMax={memory}", "MemorySwapMax=0", f"TasksMax={processes}"]
    prefix = ["systemd-run", *user, "--scope", "--quiet", "--collect", f"--unit={unit}"]
    try:
        yield [*prefix, *(arg for limit in limits for arg in ("-p", limit)), "--"]
    finally:
        for action in (["kill", "--signal=SIGKILL"], ["stop"]):
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(
                    ["systemctl", *user, *action, f"{unit}.scope"],
                    capture_output=True,
                    timeout=30,
                    check=False,
                )


# --- Per process ----------------------------------------------------------------------------------


def rlimits(cap: Cap, memory: int, processes: int) -> list[str]:
    """A ``prlimit`` prefix: address space, file size, no core dumps, and processes when no
    group caps them (not for root: the kernel ignores RLIMIT_NPROC there)."""
    if not shutil.which("prlimit"):
        return []
    args = ["prlimit", f"--as={memory}", f"--fsize={FILE_LIMIT}", "--core=0"]
    if "pids" not in cap.controllers and os.geteuid() != 0:
        args.append(f"--nproc={processes + _own_processes()}")
    return [*args, "--"]


def _own_processes() -> int:
    """Processes and threads this user already runs (RLIMIT_NPROC counts them all)."""
    uid, count = os.getuid(), 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if entry.stat().st_uid == uid:
                    count += len(list((entry / "task").iterdir()))
    return count
