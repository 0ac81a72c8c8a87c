"""Step 1: read the raw text, refusing what is not an article's text with a clear message."""

from __future__ import annotations

from pathlib import Path

from lessons.errors import ArticleError


def read_text_file(path: str | Path) -> str:
    """Read an article from a UTF-8 text file, with an error a student can act on.

    A byte-order mark is dropped; line endings are kept as they are, so offsets match the file.
    """
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"No file at {path}: check the name and the folder.")
    if path.is_dir():
        raise ArticleError(f"{path} is a folder, not a text file: give the path of a .txt file.")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"Cannot read {path}: {error.strerror}.") from None
    return decode_text(data, str(path))


def decode_text(data: bytes, name: str = "the input") -> str:
    """Turn bytes into text, refusing empty, binary or non-UTF-8 input with a clear message."""
    if not data.strip():
        raise ArticleError(f"{name} is empty: paste or save the article's text first.")
    if b"\x00" in data[:4096]:
        raise ArticleError(
            f"{name} looks like a binary file (a PDF, Word file or image?): "
            "save the article as plain text (.txt) and try again."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"{name} is not UTF-8 text (byte {error.start} cannot be read): "
            "open it in a text editor and save it as UTF-8."
        ) from None
    if not text.strip():
        raise ArticleError(f"{name} is empty: paste or save the article's text first.")
    return text
