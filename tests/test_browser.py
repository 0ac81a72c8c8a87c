"""The notebooks and the web app in a real browser: headless Chromium driven by Playwright.

What a student does, checked the way a student sees it:

* every lesson notebook opens in JupyterLab, *Run > Run All Cells* finishes with no traceback;
* lesson 5's dashboard renders as widgets and reacts to the page (a tab, a dropdown, a pasted
  article);
* the Voila web app (``make app``) renders the same dashboard and reacts too; a pasted article
  without a date gets a warning (or a date inferred from its own text), never the seed's date;
  the kernel of a closed app tab ends;
* ``make lab`` lands on the student's lesson 0 with the whole kit in the file browser, no
  grading extensions and no news pop-up.

The servers run on 127.0.0.1 on free ports, with their own config, data, runtime, settings and
workspace folders (nothing of the user's is read or written), on copies of the notebooks (so
nothing is saved over the lessons). Every server is stopped by its PID, kernels included, even
when a test fails. Screenshots go to ``test-artifacts/screenshots/``.

Needs ``/usr/bin/chromium`` (``apt-get install chromium``) and the ``playwright`` package; never
``playwright install``. Run only these tests with ``pytest -m browser``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
APP = ROOT / "app" / "story-explorer.ipynb"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = Path(os.environ.get("LESSONS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SAMPLE = (
    "Council Votes to Close Elm Street Library\n\n"
    "The city council voted 5-2 on Monday to close the Elm Street library in June.\n\n"
    "\u201cThis is a sad day for our readers,\u201d said Mayor Ana Ruiz after the vote.\n"
)
# JupyterLab stores outputs in the DOM only for cells on screen unless windowing is off.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}

try:
    from playwright.sync_api import Page, expect, sync_playwright
except ImportError:  # pragma: no cover - the dev extra installs it
    sync_playwright = None

if (sync_playwright is None or not CHROMIUM.exists()) and os.environ.get("LESSONS_REQUIRE_BROWSER"):
    raise RuntimeError(f"CI needs the browser tests: install playwright and {CHROMIUM}")
if sync_playwright is None or not CHROMIUM.exists():
    pytest.skip(
        f"browser tests need the playwright package and {CHROMIUM} (apt-get install chromium)",
        allow_module_level=True,
    )


# ---------------------------------------------------------------------------------------------
# Servers: started in a sandbox of folders, stopped by PID


SERVERS: dict[str, int] = {}  # address -> PID of the process that started the server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def sandbox(base: Path, quiet: bool = True) -> dict[str, str]:
    """Environment variables that give Jupyter its own folders under ``base``.

    ``quiet`` turns JupyterLab's news and update checks off here; ``make lab`` must manage that
    with its own configuration, so its test runs with ``quiet=False``.
    """
    folders = {
        "JUPYTER_CONFIG_DIR": base / "config",
        "JUPYTER_DATA_DIR": base / "data",
        "JUPYTER_RUNTIME_DIR": base / "runtime",
        "JUPYTERLAB_SETTINGS_DIR": base / "settings",
        "JUPYTERLAB_WORKSPACES_DIR": base / "workspaces",
        "IPYTHONDIR": base / "ipython",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    if quiet:
        labconfig = folders["JUPYTER_CONFIG_DIR"] / "labconfig"
        labconfig.mkdir()
        (labconfig / "page_config.json").write_text(
            json.dumps(
                {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}
            )
        )
    for name, values in LAB_SETTINGS.items():
        if not quiet and "notification" in name:
            continue
        path = folders["JUPYTERLAB_SETTINGS_DIR"] / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    env = {**os.environ, **{key: str(value) for key, value in folders.items()}}
    env["PYTHONHASHSEED"] = "0"
    env.pop("JUPYTER_PATH", None)
    env.pop("JUPYTER_CONFIG_PATH", None)
    for name in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL"):  # a `make` started by `make test`
        env.pop(name, None)
    return env


def children(pid: int) -> list[int]:
    """PIDs of the processes started by ``pid`` (kernels run in their own sessions)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (a server started by ``make``, and its kernels)."""
    found = []
    for child in children(pid):
        found += [child, *descendants(child)]
    return found


def is_kernel(pid: int) -> bool:
    try:
        return b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def stop(process: subprocess.Popen) -> None:
    """Stop a server and the kernels it started, by their PIDs.

    SIGTERM lets Jupyter shut its kernels down; any kernel still running after that (Voila
    does not wait for them) is killed by its own PID.
    """
    below = descendants(process.pid)
    kernels = [pid for pid in below if is_kernel(pid)]
    for pid in below:  # `make` waits for its server: stop the server, by its own PID
        if pid not in kernels and _alive(pid):
            os.kill(pid, signal.SIGTERM)
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    for pid in kernels:
        if is_kernel(pid):
            os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def make_command(target: str, *variables: str) -> list[str]:
    """``make TARGET`` as a user types it, with this Python's environment as the kit's.

    The install stamp is taken as up to date (the environment is the one running the tests).
    """
    stamp = ".venv/.installed-stamp"
    bindir = Path(sys.executable).parent
    # ARGS= first: a `make test ARGS=...` exports ARGS, which must not reach this server
    command = ["make", "-s", "-f", str(ROOT / "Makefile"), "-o", stamp, target, f"BIN={bindir}"]
    return [*command, "ARGS=", *variables]


def wait_for_http(url: str, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer in {timeout} s:\n{log.read_text()}")


def start(command: list[str], cwd: Path, env: dict[str, str], ready: str, log: Path):
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_http(ready, process, log)
    except BaseException:
        stop(process)
        raise
    return process


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of the notebooks and the app; the datasets are linked, not copied."""
    base = tmp_path_factory.mktemp("browser")
    shutil.copytree(ROOT / "notebooks", base / "root" / "notebooks")
    shutil.copytree(ROOT / "app", base / "root" / "app")
    (base / "root" / "datasets").symlink_to(ROOT / "datasets")
    return base


@pytest.fixture(scope="module")
def lab(workdir: Path) -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        "--ServerApp.token=",
        "--ServerApp.password=",
        "--ServerApp.disable_check_xsrf=True",
        f"--ServerApp.root_dir={workdir / 'root'}",
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--allow-root",
    ]
    env = sandbox(workdir / "lab")
    process = start(command, workdir / "root", env, f"{url}/api/status", workdir / "lab.log")
    try:
        yield url
    finally:
        stop(process)


@pytest.fixture(scope="module")
def voila(workdir: Path) -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    # `make app`, with a short idle time so that the culling test does not wait ten minutes
    command = make_command("app", f"PORT={port}", "APP_CULL_AFTER=4", "APP_CULL_EVERY=1")
    env = sandbox(workdir / "voila")
    process = start(command, workdir / "root", env, f"{url}/", workdir / "voila.log")
    SERVERS[url] = process.pid
    try:
        yield url
    finally:
        stop(process)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture()
def page(browser) -> Iterator[Page]:  # noqa: ANN001 - a playwright Browser
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        yield page
    finally:
        context.close()


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


# ---------------------------------------------------------------------------------------------
# JupyterLab: run every notebook as a student would


def kernel_idle(page: Page) -> None:
    """Wait for the status bar to say the notebook's kernel is idle (not only the toolbar)."""
    expect(page.locator(".jp-StatusBar-Widget").filter(has_text="| Idle").first).to_be_visible(
        timeout=90_000
    )


def run_all(page: Page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
    # Every code cell ends with a number in its prompt: [3], not [*] or [ ]; or, when a cell
    # fails (JupyterLab then stops), nothing is running and an error is on the page.
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
            const done = prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
            const failed = document.querySelector('.jp-OutputArea-output[data-mime-type*="stderr"]')
                && !prompts.some(p => p.textContent.includes('*'));
            return done || failed;
        }""",
        timeout=180_000,
    )
    kernel_idle(page)


def errors_on(page: Page) -> list[str]:
    """Tracebacks and error outputs shown in the notebook."""
    shown = page.locator(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], '
        '.jp-RenderedText[data-mime-type*="error"]'
    ).all_inner_texts()
    return [text[:500] for text in shown if "Traceback" in text or "Error" in text.split("\n")[0]]


def open_notebook(page: Page, lab: str, name: str) -> None:
    page.goto(f"{lab}/lab/tree/notebooks/{name}?reset")
    expect(page.locator(".jp-Notebook").first).to_be_visible()
    kernel_idle(page)
    # Fold the file browser away: the notebook gets the whole width, as on a laptop.
    page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current").first.click()


def shut_down_kernels(lab: str) -> None:
    """One kernel per notebook would pile up on a small machine: stop them between tests."""
    with urllib.request.urlopen(f"{lab}/api/kernels", timeout=10) as response:
        kernels = json.load(response)
    for kernel in kernels:
        request = urllib.request.Request(f"{lab}/api/kernels/{kernel['id']}", method="DELETE")
        urllib.request.urlopen(request, timeout=30).close()


@pytest.fixture()
def notebook_page(page: Page, lab: str) -> Iterator[Page]:
    try:
        yield page
    finally:
        shut_down_kernels(lab)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab(notebook_page: Page, lab: str, name: str) -> None:
    page = notebook_page
    open_notebook(page, lab, name)
    run_all(page)
    page.locator(".jp-WindowedPanel-outer").first.evaluate("el => el.scrollTo(0, 0)")
    screenshot(page, f"lab-{Path(name).stem}")
    assert errors_on(page) == []


def test_a_traceback_would_be_caught(notebook_page: Page, lab: str, workdir: Path) -> None:
    """The check above is not blind: a notebook that fails shows up as an error."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    cells = [new_code_cell("print('fine')"), new_code_cell("1 / 0"), new_code_cell("'never'")]
    broken = new_notebook(cells=cells)
    broken.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(broken, workdir / "root" / "notebooks" / "zz-broken.ipynb")
    open_notebook(notebook_page, lab, "zz-broken.ipynb")
    run_all(notebook_page)
    assert any("ZeroDivisionError" in error for error in errors_on(notebook_page))


def widget(page: Page):  # noqa: ANN201 - the first dashboard on the page
    return page.locator(".jupyter-widget-tab").first


def choose_tab(page: Page, title: str) -> None:
    widget(page).locator(".lm-TabBar-tab", has_text=title).first.click()


def snap(page: Page, board, name: str) -> None:  # noqa: ANN001 - a playwright Locator
    """A screenshot of the window with the dashboard's top at the top."""
    board.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, name)


def timeline_chart_is_shown(page: Page, board, prefix: str) -> None:  # noqa: ANN001
    """The Timeline tab shows its chart, unshrunk at laptop width, under its description."""
    description = board.locator(".lessons-chart-description:visible").first
    expect(description).to_contain_text("Timeline of the story:")
    chart = board.locator(".widget-output:visible img").first
    expect(chart).to_be_visible()
    natural, shown = chart.evaluate("img => [img.naturalWidth, img.getBoundingClientRect().width]")
    assert natural >= 800 and shown >= 0.95 * natural, (natural, shown)  # labels stay 10 pt
    chart.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    chart.screenshot(path=str(SCREENSHOTS / f"{prefix}-timeline-chart.png"))
    assert (SCREENSHOTS / f"{prefix}-timeline-chart.png").stat().st_size > 10_000


def dashboard_reacts(page: Page, prefix: str) -> None:
    """Use the dashboard as a reader: tabs, the source dropdown, a pasted article."""
    board = widget(page)
    expect(board).to_be_visible()
    expect(board.locator(".lessons-article").first).to_be_visible()
    expect(page.locator(".widget-output").first).to_be_attached()
    snap(page, board, f"{prefix}-article")

    choose_tab(page, "Names")
    names = board.locator(".widget-dropdown select").nth(1)
    expect(names).to_be_visible()
    snap(page, board, f"{prefix}-names")
    choose_tab(page, "Timeline")
    expect(board.locator(".widget-slider").first).to_be_visible()
    timeline_chart_is_shown(page, board, prefix)
    snap(page, board, f"{prefix}-timeline")

    choose_tab(page, "Quotes")
    source = board.locator(".widget-dropdown select").first
    expect(source).to_be_visible()
    speakers = source.locator("option").all_inner_texts()
    table = board.locator(".lessons-table:visible").first
    if len(speakers) > 3:  # a named speaker was found: choose them, see only their quotes
        before = board.inner_text()
        source.select_option(index=3)
        speaker = speakers[3].replace("\xa0", " ").rsplit(" (", 1)[0]
        expect(table.locator("caption")).to_have_text(re.compile(r"\d+ quotes?"))
        page.wait_for_function(
            "([el, before]) => el.innerText !== before", arg=[board.element_handle(), before]
        )
        cells = table.locator("tbody tr td:first-child").all_inner_texts()
        assert cells and all(cell == speaker for cell in cells), (speaker, cells)
    snap(page, board, f"{prefix}-quotes")

    choose_tab(page, "Your article")
    board.locator(".widget-textarea textarea").first.fill(SAMPLE)
    board.locator("button", has_text="Analyse this text").first.click()
    header = page.locator(".jupyter-widgets h3", has_text="Council Votes to Close").first
    expect(header).to_be_visible()
    message = board.locator(".lessons-message").first
    expect(message).to_contain_text("Analysed")
    # The sample gives no date: the seed's 2024-11-20 must not carry over to it.
    published = board.locator(".widget-text input").first
    expect(published).to_have_value("")
    expect(message).to_contain_text("publication date is unknown")
    expect(message).to_contain_text("(undated: 'on Monday'")
    dateline = header.locator("xpath=following-sibling::p[1]")
    expect(dateline).to_contain_text("publication date unknown")
    assert "2024-11-20" not in board.inner_text() + dateline.inner_text()
    snap(page, board, f"{prefix}-your-article")
    published.fill("2025-03-06")
    published.press("Enter")
    expect(message).to_contain_text("Published 2025-03-06 (as typed).")
    expect(dateline).to_contain_text("published 2025-03-06")
    choose_tab(page, "Article")
    expect(board.locator(".lessons-article").first).to_contain_text("Elm Street library")


def test_lesson_5_dashboard_reacts_in_jupyterlab(notebook_page: Page, lab: str) -> None:
    page = notebook_page
    open_notebook(page, lab, "05-explore-the-story.ipynb")
    run_all(page)
    widget(page).scroll_into_view_if_needed()
    dashboard_reacts(page, "lab-05-dashboard")
    assert errors_on(page) == []


# ---------------------------------------------------------------------------------------------
# The web app


def test_voila_app_renders_and_reacts(page: Page, voila: str) -> None:
    page.goto(f"{voila}/")
    expect(widget(page)).to_be_visible(timeout=90_000)
    assert "Story explorer" in page.locator("body").inner_text()
    assert "from lessons" not in page.locator("body").inner_text()  # no code on the page
    dashboard_reacts(page, "voila")
    assert errors_on(page) == []


def app_kernels(voila: str) -> set[int]:
    """PIDs of the kernels the app runs (Voila has no kernels API to ask)."""
    return {pid for pid in descendants(SERVERS[voila]) if is_kernel(pid)}


def test_voila_ends_the_kernel_of_a_closed_tab(browser, voila: str) -> None:  # noqa: ANN001
    """`make app` culls idle kernels: a closed tab does not keep its ~200 MB kernel."""
    before = app_kernels(voila)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{voila}/")
        expect(widget(page)).to_be_visible(timeout=90_000)
        opened = app_kernels(voila) - before
        assert len(opened) == 1
        time.sleep(6)  # longer than the idle time: a tab that is open keeps its kernel
        assert opened <= app_kernels(voila)
    finally:
        context.close()
    deadline = time.monotonic() + 60
    while opened & app_kernels(voila) and time.monotonic() < deadline:
        time.sleep(1)
    assert not opened & app_kernels(voila), "the closed tab's kernel is still running"


# ---------------------------------------------------------------------------------------------
# `make lab`: where a student lands


@pytest.fixture()
def make_lab(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`make lab ARGS=--no-browser` in the repository; yields the address it prints last."""
    port = free_port()
    log = tmp_path / "make-lab.log"
    args = f"ARGS=--no-browser --port={port} --ServerApp.ip=127.0.0.1 --ServerApp.port_retries=0"
    env = sandbox(tmp_path / "lab", quiet=False)
    checkpoints = ROOT / "student" / ".ipynb_checkpoints"  # JupyterLab saves one on opening
    made_here = not checkpoints.exists()
    with log.open("w") as out:
        process = subprocess.Popen(
            make_command("lab", args), cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 120
        printed = None
        while printed is None and time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"make lab exited with {process.returncode}:\n{log.read_text()}")
            printed = re.search(r"Open student/00-start-here.ipynb at:\s+(\S+)", log.read_text())
            time.sleep(0.5)
        assert printed, f"make lab printed no address:\n{log.read_text()}"
        yield printed.group(1), log
    finally:
        stop(process)
        if made_here:
            shutil.rmtree(checkpoints, ignore_errors=True)


def test_make_lab_lands_on_the_students_lesson_0(page: Page, make_lab: tuple[str, Path]) -> None:
    url, log = make_lab
    assert url.startswith("http://127.0.0.1:") or url.startswith("http://localhost:")
    assert "/lab/tree/student/00-start-here.ipynb?" in url and "token=" in url
    page.goto(url)
    expect(page.locator(".jp-Notebook").first).to_be_visible()
    kernel_idle(page)
    tab = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current").first
    expect(tab).to_contain_text("00-start-here.ipynb")
    assert "student/00-start-here.ipynb" in (tab.get_attribute("title") or "")
    # The file browser shows the top of the kit: the code and the articles the lessons cite.
    listing = page.locator(".jp-DirListing-content .jp-DirListing-itemText")
    expect(listing.filter(has_text=re.compile(r"^lessons$"))).to_have_count(1)
    names = set(listing.all_inner_texts())
    assert {"lessons", "datasets", "student", "notebooks"} <= names, names
    time.sleep(3)  # the news question would pop up by now
    screenshot(page, "make-lab-lesson-0")
    assert page.locator(".Toastify__toast").count() == 0, page.locator(
        ".Toastify__toast"
    ).all_inner_texts()
    # No grading extensions for students: no Nbgrader menu, no Validate button, no formgrader.
    menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
    assert "Nbgrader" not in menus and "File" in menus
    assert page.locator(".jp-Toolbar button", has_text="Validate").count() == 0
    config = json.loads(page.locator("#jupyter-config-data").text_content())
    assert "@jupyter/nbgrader" in config["disabledExtensions"]
    formgrader = url.split("/lab/")[0] + "/formgrader?" + url.split("?", 1)[1]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(formgrader, timeout=10)
    assert refused.value.code == 404
    assert "nbgrader" not in log.read_text().lower()
