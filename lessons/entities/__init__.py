"""Lesson 3: tag the named entities: the people, organisations and places in a story.

A reporter reading a story keeps a list in their head: who is in it, which organisations, which
places. This package builds that list the way chapter 7 of the NLTK book does, in four steps:

1. **Words and tags** (:mod:`~lessons.entities.words`). Each sentence of the shared
   :mod:`lessons.document` is already split into words, and NLTK's averaged perceptron tagger
   gives each word a part-of-speech tag (``NNP`` is a proper noun: a name).
2. **Spans.** NLTK's binary named-entity chunker marks stretches of words that look like names
   (``NE``), without saying what kind, and makes mistakes no reporter would make
   (:func:`chunker_report` lists them). The kit takes runs of capitalised words
   (:mod:`~lessons.entities.chunk`) and repairs them with rules
   (:mod:`~lessons.entities.repair`): titles split off ("Defense Secretary Ada Brennock" is the
   person Ada Brennock), "of" inside names ("Department of Defense"), acronyms, possessives
   ("Ukraine's"), sentence starters ("New precautions"; the chunker is asked when a starter is
   in doubt), headlines In Title Case; and reads datelines ("RIVERTON, Ohio (NWS) -"), bylines
   and photo credits (:mod:`~lessons.entities.bylines`).
3. **Types** (:mod:`~lessons.entities.kinds`). Each name gets a type: PERSON, ORGANIZATION, GPE
   (a country, state, city or town: a place with a government), LOCATION (a river, an island, a
   region), FACILITY (a bridge, an airport, a street) or OTHER (a storm, a law, a holiday, a
   ship, or a name nothing explains). Gazetteers (:mod:`~lessons.entities.gazetteers`: NLTK's,
   GeoNames' cities, news agencies, nationality words) and word lists from NLTK (first names)
   and :mod:`lessons.vocab` (titles, "Authority", "Bridge") decide most of them; the words
   around a name decide the rest (:mod:`~lessons.entities.context`: "in Tessop" is a place,
   "Tull, 71," a person, "Leeds 3 Varnley 1" two teams).
4. **Grouping** (:mod:`~lessons.entities.group`). "Ada Brennock" and, later, "Brennock" are one
   person: one entity, two mentions.

Then the list is put to use (:mod:`~lessons.entities.tables`, :mod:`~lessons.entities.charts`):
a table, who appears with whom, names that may be misspelled.

>>> from lessons.article import parse_article
>>> article = parse_article("Mayor Wins Vote\\n\\nMayor Ana Brill won in Riverton. Brill was glad.")
>>> [(e.text, e.type, e.count) for e in find_entities(article)]
[('Ana Brill', 'PERSON', 2), ('Riverton', 'GPE', 1)]
"""

# isort: off
from lessons.entities.words import pos_tags
from lessons.entities.chunk import (
    DEFAULT_GRAMMAR,
    bracketed,
    chunk_tree,
    chunker_entities,
    chunker_names,
)
from lessons.entities.entity import ENTITY_TYPES, Entity, Mention
from lessons.entities.group import find_entities
from lessons.entities.tables import (
    chunker_report,
    closest_spellings,
    cooccurrence,
    cooccurrence_matrix,
    entity_table,
    spelling_warnings,
)
from lessons.entities.charts import TYPE_COLOURS, plot_cooccurrence, plot_entity_counts
# isort: on

__all__ = [
    "pos_tags",
    "DEFAULT_GRAMMAR",
    "chunk_tree",
    "bracketed",
    "chunker_names",
    "chunker_entities",
    "ENTITY_TYPES",
    "Entity",
    "Mention",
    "find_entities",
    "entity_table",
    "chunker_report",
    "cooccurrence",
    "cooccurrence_matrix",
    "closest_spellings",
    "spelling_warnings",
    "TYPE_COLOURS",
    "plot_entity_counts",
    "plot_cooccurrence",
]
