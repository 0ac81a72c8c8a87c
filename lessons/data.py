"""Where the kit's data lives: the NLTK packages it needs and the bundled articles.

NLTK keeps its models and word lists ("data packages") outside Python. The kit needs the few
listed in :data:`NLTK_PACKAGES`. ``python -m lessons data`` fetches the missing ones; every other
part of the kit calls :func:`require` and gets a one-line explanation when one is missing.

>>> [p.name for p in NLTK_PACKAGES][:2]
['punkt_tab', 'averaged_perceptron_tagger_eng']
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import nltk

from lessons.errors import MissingDataError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATASETS = Path(os.environ.get("LESSONS_DATASETS", PROJECT_ROOT / "datasets"))
SEED_ARTICLE = DATASETS / "seed" / "article.txt"


@dataclass(frozen=True)
class NltkPackage:
    """One NLTK data package: its download name, the resource path NLTK looks up, its use."""

    name: str
    resource: str
    used_for: str


NLTK_PACKAGES: tuple[NltkPackage, ...] = (
    NltkPackage("punkt_tab", "tokenizers/punkt_tab/english/", "splitting sentences and words"),
    NltkPackage(
        "averaged_perceptron_tagger_eng",
        "taggers/averaged_perceptron_tagger_eng/",
        "part-of-speech tags",
    ),
    NltkPackage(
        "maxent_ne_chunker_tab",
        "chunkers/maxent_ne_chunker_tab/english_ace_binary/",
        "finding named-entity spans",
    ),
    NltkPackage("words", "corpora/words", "a feature of the named-entity chunker"),
    NltkPackage("gazetteers", "corpora/gazetteers", "lists of countries, states and cities"),
    NltkPackage("names", "corpora/names", "lists of first names"),
    NltkPackage("stopwords", "corpora/stopwords", "common words left out of word counts"),
    NltkPackage("tagsets_json", "help/tagsets_json", "explanations of part-of-speech tags"),
)

FIX_COMMAND = "python -m lessons data"


def venv_data_dir() -> Path:
    """The folder inside the current environment where ``python -m lessons data`` downloads."""
    return Path(sys.prefix) / "nltk_data"


def _package(name: str) -> NltkPackage:
    for package in NLTK_PACKAGES:
        if package.name == name:
            return package
    known = ", ".join(p.name for p in NLTK_PACKAGES)
    raise MissingDataError(f"'{name}' is not one of the kit's NLTK packages ({known}).")


def is_installed(package: NltkPackage) -> bool:
    """True when NLTK can find the package in any folder on its search path."""
    try:
        nltk.data.find(package.resource)
    except LookupError:
        return False
    return True


def missing_message(package: NltkPackage) -> str:
    """The one-line explanation a student sees when a package is missing."""
    looked = ", ".join(nltk.data.path)
    return (
        f"The NLTK data package '{package.name}' (needed for {package.used_for}) is missing; "
        f"NLTK looked in: {looked}. Fix: run `{FIX_COMMAND}` (needs internet once), "
        "or set NLTK_DATA to a folder that holds it."
    )


def require(name: str) -> None:
    """Make sure the named NLTK package is installed, or raise a readable MissingDataError."""
    package = _package(name)
    if not is_installed(package):
        raise MissingDataError(missing_message(package))


def status() -> list[tuple[str, bool, str]]:
    """(name, installed?, what it is for) for every package, for the start-here notebook."""
    return [(p.name, is_installed(p), p.used_for) for p in NLTK_PACKAGES]


def fetch_missing(print_line=print) -> list[str]:  # noqa: ANN001 - any callable taking a str
    """Download every missing package into this environment; return the names still missing."""
    target = venv_data_dir()
    if str(target) not in nltk.data.path:
        nltk.data.path.append(str(target))
    still_missing: list[str] = []
    for package in NLTK_PACKAGES:
        if is_installed(package):
            print_line(f"  ok       {package.name}")
            continue
        print_line(f"  fetching {package.name} -> {target}")
        try:
            ok = nltk.download(package.name, download_dir=str(target), quiet=True)
        except Exception:  # noqa: BLE001 - any network or disk failure means "not fetched"
            ok = False
        if not ok or not is_installed(package):
            still_missing.append(package.name)
            print_line(f"  MISSING  {missing_message(package)}")
    return still_missing
