"""Binder's environment.yml and pyproject.toml must name the same packages."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tomllib
import urllib.parse
from pathlib import Path

from lessons.data import PROJECT_ROOT


def _requirement(spec: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.-]+)\s*(.*)$", spec)
    assert match, spec
    return match.group(1).lower(), match.group(2).replace(" ", "")


def pyproject_packages() -> dict[str, str]:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs += extra
    return dict(_requirement(spec) for spec in specs)


def environment_packages() -> dict[str, str]:
    lines = (PROJECT_ROOT / "environment.yml").read_text("utf-8").splitlines()
    start = lines.index("dependencies:")
    specs = [
        line.strip()[2:]
        for line in lines[start + 1 :]
        if line.startswith("  - ") and not line.strip()[2:].startswith(("python=", "pip"))
    ]
    return dict(_requirement(spec) for spec in specs)


def test_same_packages_and_versions() -> None:
    assert environment_packages() == pyproject_packages()


def test_environment_uses_conda_forge() -> None:
    text = (PROJECT_ROOT / "environment.yml").read_text("utf-8")
    assert "  - conda-forge" in text
    assert "defaults" not in text


def test_postbuild_installs_the_kit_and_data() -> None:
    script = (PROJECT_ROOT / "postBuild").read_text("utf-8")
    assert script.splitlines()[0] == "#!/bin/bash"
    assert "set -e" in script
    assert "pip install --no-deps -e ." in script
    assert "python -m lessons data" in script


# ---------------------------------------------------------------------------------------------
# The student's JupyterLab: `make lab` and Binder open the same page with the same settings


def student_config() -> tuple[dict, dict]:
    folder = PROJECT_ROOT / "jupyter-config" / "student"
    server = json.loads((folder / "jupyter_server_config.json").read_text("utf-8"))
    page = json.loads((folder / "labconfig" / "page_config.json").read_text("utf-8"))
    return server["ServerApp"]["jpserver_extensions"], page["disabledExtensions"]


def test_students_get_no_grading_extensions_and_no_news() -> None:
    server, lab = student_config()
    assert lab == {
        "@jupyter/nbgrader": True,
        "@jupyterlab/apputils-extension:announcements": True,
    }
    assert server and not any(server.values())
    # Every server extension nbgrader registers (when it is installed here) is switched off.
    registered = Path(sys.prefix) / "etc/jupyter/jupyter_server_config.d/nbgrader.json"
    if registered.exists():
        names = json.loads(registered.read_text("utf-8"))["ServerApp"]["jpserver_extensions"]
        assert set(names) <= set(server)


def test_instructors_keep_grading_but_not_the_news() -> None:
    folder = PROJECT_ROOT / "jupyter-config" / "instructor"
    page = json.loads((folder / "labconfig" / "page_config.json").read_text("utf-8"))
    assert page["disabledExtensions"] == {"@jupyterlab/apputils-extension:announcements": True}
    assert not (folder / "jupyter_server_config.json").exists()


def test_binder_uses_the_student_settings_and_lands_on_lesson_0() -> None:
    script = (PROJECT_ROOT / "postBuild").read_text("utf-8")
    assert "cp jupyter-config/student/jupyter_server_config.json" in script
    assert "cp jupyter-config/student/labconfig/page_config.json" in script
    readme = (PROJECT_ROOT / "README.md").read_text("utf-8")
    badge = re.search(r"mybinder\.org/v2/gh/[^)\s]+", readme)
    assert badge, "no Binder badge in README.md"
    urlpath = urllib.parse.unquote(
        urllib.parse.parse_qs(badge.group(0).split("?", 1)[1])["urlpath"][0]
    )
    assert urlpath == "lab/tree/student/00-start-here.ipynb?file-browser-path=/"


def test_make_lab_opens_the_students_lesson_0_and_make_app_culls_kernels() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    dry = subprocess.run(
        ["make", "-n", "-s", "-o", ".venv/.installed-stamp", "-o", "data", "lab", "app"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lab, app = dry.split("exec ", 1)[1].split("\n", 1)
    assert "jupyter-config/student" in dry.split("exec ", 1)[0]
    assert "jupyter lab --ServerApp.root_dir=. " in lab
    assert "--LabApp.default_url=/lab/tree/student/00-start-here.ipynb" in lab
    assert "--MappingKernelManager.cull_idle_timeout=600" in app
    assert "--MappingKernelManager.cull_interval=60" in app


def test_lab_url_keeps_the_file_browser_at_the_top() -> None:
    spec = importlib.util.spec_from_file_location(
        "lab_url", PROJECT_ROOT / "jupyter-config" / "lab_url.py"
    )
    lab_url = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lab_url)
    server = {"url": "http://localhost:8890/", "token": "abc123"}
    assert lab_url.lesson_url(server, "student/00-start-here.ipynb") == (
        "http://localhost:8890/lab/tree/student/00-start-here.ipynb"
        "?file-browser-path=/&token=abc123"
    )
    assert lab_url.lesson_url({"url": "http://h:1/base/", "token": ""}, "a b.ipynb") == (
        "http://h:1/base/lab/tree/a%20b.ipynb?file-browser-path=/"
    )
