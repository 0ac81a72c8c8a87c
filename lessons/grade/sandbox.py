"""The grading sandbox: every hand-in runs in its own throwaway folder, walled off from the rest.

A hand-in is student code, so it runs as a process that can write only to its own copy folder
and read only what a kernel needs: Python, the kit's ``lessons`` package, the public datasets and
the NLTK data. It cannot see the instructor notebooks, the gradebook, other hand-ins or the output
folder, has no network, and every process it starts ends with it. The mechanism is bubblewrap
(``bwrap``, a Debian package that works for root and for ordinary users); without it grading
refuses to start unless ``--unsafe`` is given. Limits: address space (memory), processes, file
size, and wall time for the whole notebook (:mod:`lessons.grade.runner` limits each cell).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from lessons.data import DATASETS, PROJECT_ROOT
from lessons.errors import LessonError

MEMORY_LIMIT = 2 * 1024**3  # bytes of address space per process
PROCESS_LIMIT = 256  # processes and threads of one hand-in
FILE_LIMIT = 200 * 1024**2  # bytes one file may grow to
OUTPUT_LIMIT = 100_000  # bytes of output one cell keeps
INSIDE = "/hand-in"  # where a hand-in's copy folder appears inside the sandbox
PUBLIC_DATASETS = ("seed", "practice", "README.md", "gold.schema.json")
RUNNER = Path(__file__).with_name("runner.py")
NO_SANDBOX = (
    "grading runs students' code: install bubblewrap (apt-get install bubblewrap) to run each "
    "hand-in walled off, or pass --unsafe to run it with your own rights (not recommended)"
)
UNSAFE_WARNING = (
    "WARNING: --unsafe: students' code runs with YOUR rights, in YOUR folders. A hand-in can "
    "read the model answers and hidden tests, change other hand-ins, the kit and the grades."
)


@dataclass(frozen=True)
class Sandbox:
    """How hand-ins are run: ``bwrap`` (walled off) or ``none`` (--unsafe)."""

    mechanism: str
    memory: int = MEMORY_LIMIT
    processes: int = PROCESS_LIMIT

    @property
    def description(self) -> str:
        if self.mechanism == "none":
            return "no sandbox (--unsafe): students' code ran with the instructor's rights"
        limits = f"{self.memory // 1024**2} MB memory per process, {self.processes} processes"
        pids = "" if _pids_cgroup_root() or os.geteuid() != 0 else " (process cap not enforced)"
        return f"bubblewrap sandbox (no network, read-only kit, {limits}{pids})"


def choose_sandbox(*, unsafe: bool = False, memory: int = MEMORY_LIMIT) -> Sandbox:
    """bubblewrap when it works here; ``--unsafe`` runs without; otherwise a clear refusal."""
    if unsafe:
        return Sandbox("none", memory)
    if shutil.which("bwrap") and _bwrap_works():
        return Sandbox("bwrap", memory)
    raise LessonError(NO_SANDBOX)


def _bwrap_works() -> bool:
    try:
        probe = subprocess.run(
            [*_bwrap_prefix(Path("/tmp")), "true"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def _system_binds() -> list[str]:
    """The operating system, read-only: /usr, the library links, a few files from /etc."""
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib64", "lib32"):
        path = Path("/") / name
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
    for name in ("passwd", "group", "nsswitch.conf", "localtime", "hosts", "ld.so.cache", "fonts"):
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    return args


def _readable_binds() -> list[str]:
    """Python, the virtual environment, the kit's lessons, public datasets and NLTK data."""
    roots = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve()}
    args: list[str] = []
    project = PROJECT_ROOT.resolve()
    args += ["--tmpfs", str(project)]  # an empty kit folder: only the parts bound below
    for root in sorted(roots, key=lambda p: len(p.parts)):
        args += ["--ro-bind", str(root), str(root)]
    args += ["--ro-bind", str(project / "lessons"), str(project / "lessons")]
    datasets = DATASETS.resolve()
    for name in PUBLIC_DATASETS:
        if (datasets / name).exists():
            args += ["--ro-bind", str(datasets / name), str(datasets / name)]
    for folder in _nltk_folders():
        args += ["--ro-bind", folder, folder]
    return args


def _nltk_folders() -> list[str]:
    """The folders named by NLTK_DATA (the environment's own nltk_data is bound with it)."""
    named = [Path(p) for p in os.environ.get("NLTK_DATA", "").split(os.pathsep) if p]
    return [str(p.resolve()) for p in named if p.is_dir()]


def _bwrap_prefix(folder: Path) -> list[str]:
    home = "/home/student"
    env = {
        "HOME": home,
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "MPLBACKEND": "Agg",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "JUPYTER_PLATFORM_DIRS": "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }
    if _nltk_folders():
        env["NLTK_DATA"] = os.pathsep.join(_nltk_folders())
    args = ["bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--clearenv"]
    args += _system_binds() + ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    args += ["--tmpfs", "/home", "--dir", home]
    args += _readable_binds()
    args += ["--bind", str(folder), INSIDE, "--chdir", INSIDE]
    for name, value in env.items():
        args += ["--setenv", name, value]
    return [*args, "--"]


# --- Limits ---------------------------------------------------------------------------------------


def _pids_cgroup_root() -> Path | None:
    """cgroup v1's pids controller, when this user may make groups in it (root, usually)."""
    root = Path("/sys/fs/cgroup/pids")
    return root if root.is_dir() and os.access(root, os.W_OK) else None


def _limits(sandbox: Sandbox) -> list[str]:
    """A ``prlimit`` prefix: memory, file size, no core dumps, processes (not for root)."""
    if not shutil.which("prlimit"):
        return []
    args = ["prlimit", f"--as={sandbox.memory}", f"--fsize={FILE_LIMIT}", "--core=0"]
    if os.geteuid() != 0:  # the kernel ignores RLIMIT_NPROC for root: a cgroup is used instead
        args.append(f"--nproc={sandbox.processes + _own_processes()}")
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


@contextlib.contextmanager
def _process_group(sandbox: Sandbox, name: str):  # noqa: ANN202 - a context manager
    """A cgroup capping the hand-in's processes (when one can be made); removed afterwards."""
    root = _pids_cgroup_root() if sandbox.mechanism != "none" else None
    group = None
    if root is not None:
        with contextlib.suppress(OSError):
            group = root / f"lessons-grade-{os.getpid()}-{name}"
            group.mkdir(exist_ok=True)
            (group / "pids.max").write_text(str(sandbox.processes))
    try:
        yield group
    finally:
        if group is not None:
            for _ in range(50):
                with contextlib.suppress(OSError):
                    for pid in (group / "cgroup.procs").read_text().split():
                        with contextlib.suppress(OSError):
                            os.kill(int(pid), signal.SIGKILL)
                    group.rmdir()
                    break
                time.sleep(0.1)


# --- Running a notebook ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Ran:
    """What came back from the sandbox: the exit code, stderr's tail, and if it ran out of time."""

    returncode: int
    log: str
    out_of_time: bool
    seconds: float


def run_notebook(sandbox: Sandbox, folder: Path, wall_seconds: float) -> Ran:
    """Run ``folder/job.json`` with :mod:`lessons.grade.runner` in the sandbox.

    The runner and everything it starts are killed after ``wall_seconds``.
    """
    started = time.monotonic()
    runner = folder / "runner.py"
    shutil.copyfile(RUNNER, runner)
    if sandbox.mechanism == "bwrap":
        inner = [sys.executable, f"{INSIDE}/runner.py", f"{INSIDE}/job.json"]
        command = [*_limits(sandbox), *_bwrap_prefix(folder), *inner]
    else:
        command = [sys.executable, str(runner), str(folder / "job.json")]
    log_path = folder.parent / f"{folder.name}.log"
    with _process_group(sandbox, folder.name) as group, log_path.open("wb") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True
        )
        if group is not None:
            with contextlib.suppress(OSError):
                (group / "cgroup.procs").write_text(str(process.pid))
        out_of_time = False
        try:
            process.wait(timeout=wall_seconds)
        except subprocess.TimeoutExpired:
            out_of_time = True
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # with bwrap, its process namespace ends too
        process.wait()
    with log_path.open("rb") as stream:
        stream.seek(max(0, log_path.stat().st_size - 4000))
        tail = stream.read().decode("utf-8", "replace")
    tail = "\n".join(line for line in tail.splitlines() if "running over TCP" not in line)
    return Ran(process.returncode, tail, out_of_time, time.monotonic() - started)
