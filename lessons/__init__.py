"""Reading the news with code: the lessons' importable toolkit.

>>> from lessons import analyze
>>> analyze("Council Votes\\n\\nThe council voted.").article.headline.text
'Council Votes'
"""

from lessons.article import Article, parse_article, read_text_file
from lessons.errors import LessonError, show_in_notebook
from lessons.pipeline import Analysis, analyze

__all__ = ["Analysis", "Article", "LessonError", "analyze", "parse_article", "read_text_file"]

show_in_notebook()
