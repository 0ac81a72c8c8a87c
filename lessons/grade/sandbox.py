"""The grading sandbox: every hand-in runs in its own throwaway folder, walled off from the rest.

A hand-in is student code, so it runs as a process that can write only to its own copy folder
and read only what a kernel needs: Python, the kit's ``lessons`` package, the public datasets and
the NLTK data. It cannot see the instructor notebooks, the gradebook, other hand-ins or the output
folder, has no network, and every process it starts ends with it. The mechanism is bubblewrap
(``bwrap``, a Debian package that works for root and for ordinary users), or, when the instructor
asks (``--sandbox docker`` or ``podman``), a container. Without either, grading refuses to start
unless ``--unsafe`` is given. Limits (:mod:`lessons.grade.limits`): memory and processes of the
whole hand-in (a cgroup when one can be made), address space and file size per process, and wall
time for the whole notebook (:mod:`lessons.grade.runner` limits each cell and its output).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lessons.data import DATASETS, PROJECT_ROOT
from lessons.errors import LessonError
from lessons.grade.limits import FILE_LIMIT, Cap, choose_cap, group, rlimits

MEMORY_LIMIT = 2 * 1024**3  # bytes of memory per hand-in, and of address space per process
PROCESS_LIMIT = 256  # processes and threads of one hand-in
OUTPUT_LIMIT = 100_000  # bytes of output one cell keeps
INSIDE = "/hand-in"  # where a hand-in's copy folder appears inside the sandbox
PUBLIC_DATASETS = ("seed", "practice", "holdout", "README.md", "gold.schema.json")
RUNNER = Path(__file__).with_name("runner.py")
CONTAINERS = ("docker", "podman")
KINDS = ("auto", "bwrap", *CONTAINERS)
IMAGE = "debian:bookworm-slim"  # any image with /bin/sh: the host's /usr and Python are mounted
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
    """How hand-ins are run: ``bwrap``, ``docker`` or ``podman`` (walled off), or ``none``
    (--unsafe); ``cap`` is how each hand-in's processes are capped and ended together."""

    mechanism: str
    memory: int = MEMORY_LIMIT
    processes: int = PROCESS_LIMIT
    cap: Cap = field(default_factory=lambda: Cap("rlimits"))
    image: str = IMAGE

    @property
    def description(self) -> str:
        if self.mechanism in CONTAINERS:
            mb = self.memory // 1024**2
            return (
                f"{self.mechanism} container of {self.image} (no network, read-only kit; per "
                f"hand-in {mb} MB of memory and {self.processes} processes)"
            )
        limits = self.cap.describe(self.memory, self.processes)
        if self.mechanism == "none":
            return f"no sandbox (--unsafe): students' code ran with your rights; {limits}"
        return f"bubblewrap sandbox (no network, read-only kit; {limits})"


def choose_sandbox(
    *,
    unsafe: bool = False,
    memory: int = MEMORY_LIMIT,
    kind: str = "auto",
    image: str = IMAGE,
) -> Sandbox:
    """The sandbox asked for, when it works here; ``auto`` is bubblewrap, else a working container
    runtime; ``--unsafe`` runs without; otherwise a clear refusal."""
    if kind not in KINDS:
        raise LessonError(f"--sandbox must be one of {', '.join(KINDS)}, not {kind!r}")
    if unsafe:
        if kind != "auto":
            raise LessonError(f"--unsafe runs without a sandbox: leave out --sandbox {kind}")
        return Sandbox("none", memory, cap=choose_cap(memory, PROCESS_LIMIT))
    if kind in CONTAINERS:
        problem = _container_problem(kind, image)
        if problem:
            raise LessonError(problem)
        return Sandbox(kind, memory, image=image)
    if shutil.which("bwrap") and _bwrap_works():
        return Sandbox("bwrap", memory, cap=choose_cap(memory, PROCESS_LIMIT))
    if kind == "auto":
        for runtime in CONTAINERS:
            if shutil.which(runtime) and not _container_problem(runtime, image):
                return Sandbox(runtime, memory, image=image)
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


def _environment() -> dict[str, str]:
    """The only variables a hand-in sees."""
    env = {
        "HOME": "/home/student",
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
    return env


def _bwrap_prefix(folder: Path, info_fd: int | None = None) -> list[str]:
    args = ["bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--clearenv"]
    if info_fd is not None:  # bwrap writes {"child-pid": ...} there: see _namespace_of
        args += ["--info-fd", str(info_fd)]
    args += _system_binds() + ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    args += ["--tmpfs", "/home", "--dir", "/home/student"]
    args += _readable_binds()
    args += ["--bind", str(folder), INSIDE, "--chdir", INSIDE]
    for name, value in _environment().items():
        args += ["--setenv", name, value]
    return [*args, "--"]


# --- Containers (docker, podman): only when the instructor asks -----------------------------------


def _container_problem(runtime: str, image: str) -> str:
    """Why ``runtime`` cannot grade here ("" when it can): missing, no daemon, no image."""
    if not shutil.which(runtime):
        return f"--sandbox {runtime}: {runtime} is not installed"
    try:
        answer = subprocess.run(
            [runtime, "image", "inspect", image], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"--sandbox {runtime}: {runtime} does not answer ({type(error).__name__})"
    if answer.returncode != 0:
        said = (answer.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        if said and "no such image" not in said[-1].lower():
            return f"--sandbox {runtime}: {runtime} does not work here: {said[-1]}"
        return (
            f"--sandbox {runtime}: the image {image} is not on this machine "
            f"(grading never downloads: run `{runtime} pull {image}` first, or give --image)"
        )
    return ""


def _container_prefix(sandbox: Sandbox, folder: Path, name: str) -> list[str]:
    """``docker run`` (or podman) of one hand-in: the host's /usr, Python, kit, public data and
    NLTK data read-only, the copy folder writable, no network, no capabilities, capped."""
    readable = ["/usr", *_readable_paths()]
    mb = sandbox.memory // 1024**2
    args = [sandbox.mechanism, "run", "--rm", "--name", name, "--pull", "never", "--init"]
    args += ["--network", "none", "--read-only", "--cap-drop", "ALL"]
    args += ["--security-opt", "no-new-privileges", "--user", f"{os.getuid()}:{os.getgid()}"]
    if sandbox.mechanism == "podman":
        args += ["--userns", "keep-id"]
    args += [
        "--memory",
        f"{mb}m",
        "--memory-swap",
        f"{mb}m",
        "--pids-limit",
        str(sandbox.processes),
    ]
    args += ["--ulimit", f"fsize={FILE_LIMIT}", "--ulimit", "core=0"]
    args += ["--tmpfs", "/tmp", "--tmpfs", "/home/student", "--workdir", INSIDE]
    for path in readable:
        args += ["--mount", f"type=bind,source={path},target={path},readonly"]
    args += ["--mount", f"type=bind,source={folder},target={INSIDE}"]
    for variable, value in _environment().items():
        args += ["--env", f"{variable}={value}"]
    return [*args, sandbox.image]


def _readable_paths() -> list[str]:
    """The read-only paths of ``_readable_binds`` (without the empty kit folder)."""
    binds = _readable_binds()
    return [binds[i + 1] for i, arg in enumerate(binds) if arg == "--ro-bind"]


# --- Running a notebook ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Ran:
    """What came back from the sandbox: the exit code, the log's tail, and if it ran out of time."""

    returncode: int
    log: str
    out_of_time: bool
    seconds: float


def _namespace_of(info: int) -> tuple[str, int | None]:
    """The process namespace of a bwrap sandbox, from what bwrap wrote to its --info-fd, and an
    open handle on it: while the handle is held, no other sandbox's new namespace can be given
    the same name (the kernel reuses the number of a namespace nobody holds any more), so
    :func:`_end_namespace` never mistakes another hand-in's processes for this one's."""
    import json
    import select

    data = b""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and select.select([info], [], [], 1)[0]:
        chunk = os.read(info, 4096)
        if not chunk:
            break
        data += chunk
        try:
            child = json.loads(data)["child-pid"]
            handle = os.open(f"/proc/{child}/ns/pid", os.O_RDONLY)
        except (ValueError, KeyError, TypeError):
            continue  # not all of it yet
        except OSError:
            return "", None  # it has ended already, and its namespace with it
        namespace = os.readlink(f"/proc/self/fd/{handle}")
        if namespace == os.readlink("/proc/self/ns/pid"):
            os.close(handle)
            return "", None
        return namespace, handle
    return "", None


def _end_namespace(namespace: str) -> None:
    """Kill every process still in ``namespace``, until none is left.

    bwrap itself exits as soon as the notebook's process does; the rest of its namespace is then
    killed by the kernel a moment later. This waits for that moment (and hastens it).
    """
    for _ in range(200):
        found = False
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    if os.readlink(entry / "ns" / "pid") == namespace:
                        found = True
                        os.kill(int(entry.name), signal.SIGKILL)
        if not found:
            return
        time.sleep(0.025)


@contextlib.contextmanager
def _walled(
    sandbox: Sandbox, folder: Path, info_fd: int | None = None
) -> Iterator[tuple[list[str], str]]:
    """The command prefix that runs a command in ``folder``'s sandbox, and the container's name
    ("" without one); everything the command started is ended afterwards."""
    name = f"lessons-grade-{os.getpid()}-{folder.name}"
    if sandbox.mechanism in CONTAINERS:
        try:
            yield _container_prefix(sandbox, folder, name), name
        finally:
            for action in (["kill"], ["rm", "--force"]):
                with contextlib.suppress(OSError, subprocess.SubprocessError):
                    subprocess.run(
                        [sandbox.mechanism, *action, name], capture_output=True, timeout=60
                    )
        return
    with group(sandbox.cap, folder.name, sandbox.memory, sandbox.processes) as capped:
        limited = [*capped, *rlimits(sandbox.cap, sandbox.memory, sandbox.processes)]
        walls = _bwrap_prefix(folder, info_fd) if sandbox.mechanism == "bwrap" else []
        yield [*limited, *walls], ""


def run_in_sandbox(sandbox: Sandbox, folder: Path, command: list[str], wall_seconds: float) -> Ran:
    """Run ``command`` (paths as seen inside: ``folder`` is ``INSIDE``) walled off in ``folder``.

    It and everything it starts are killed after ``wall_seconds``, or when it ends; its output
    goes to ``folder``'s log beside it.
    """
    started = time.monotonic()
    log_path = folder.parent / f"{folder.name}.log"
    if sandbox.mechanism == "none":
        command = [part.replace(INSIDE, str(folder)) for part in command]
    info, info_fd = os.pipe() if sandbox.mechanism == "bwrap" else (None, None)
    with (
        _walled(sandbox, folder, info_fd) as (prefix, container),
        log_path.open("wb") as log,
    ):
        process = subprocess.Popen(
            [*prefix, *command],
            stdout=log,
            stderr=log,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            cwd=folder,
            pass_fds=() if info_fd is None else (info_fd,),
        )
        namespace, handle = "", None
        if info is not None:
            os.close(info_fd)
            namespace, handle = _namespace_of(info)
            os.close(info)
        out_of_time = False
        try:
            process.wait(timeout=wall_seconds)
        except subprocess.TimeoutExpired:
            out_of_time = True
        if container:
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(
                    [sandbox.mechanism, "kill", container], capture_output=True, timeout=60
                )
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # with bwrap, its process namespace ends too
        process.wait()
        if namespace:
            _end_namespace(namespace)
        if handle is not None:
            os.close(handle)
    with log_path.open("rb") as stream:
        stream.seek(max(0, log_path.stat().st_size - 4000))
        tail = stream.read().decode("utf-8", "replace")
    tail = "\n".join(line for line in tail.splitlines() if "running over TCP" not in line)
    return Ran(process.returncode, tail, out_of_time, time.monotonic() - started)


def run_notebook(sandbox: Sandbox, folder: Path, wall_seconds: float) -> Ran:
    """Run ``folder/job.json`` with :mod:`lessons.grade.runner` in the sandbox.

    The runner and everything it starts are killed after ``wall_seconds``.
    """
    shutil.copyfile(RUNNER, folder / "runner.py")
    command = [sys.executable, f"{INSIDE}/runner.py", f"{INSIDE}/job.json"]
    return run_in_sandbox(sandbox, folder, command, wall_seconds)
