"""Binder's environment.yml and pyproject.toml must name the same packages."""

from __future__ import annotations

import re
import tomllib

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
