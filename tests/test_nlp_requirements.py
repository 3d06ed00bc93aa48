"""The loaded pipeline's components declare what they read, and an earlier component sets it."""

from __future__ import annotations


def test_nlp_every_declared_requirement_is_assigned_earlier(nlp):
    problems = nlp.analyze_pipes()["problems"]
    assert {name: missing for name, missing in problems.items() if missing} == {}


def test_nlp_counts_declares_the_annotations_it_reads(nlp):
    """The count finder reads fine-grained tags, entity types, the countries' marks ("Kenya (45)"),
    sentence starts, the dates component's dates and the headline, and not POS (no component of
    the pipeline sets it)."""
    requires = set(nlp.get_pipe_meta("counts").requires)
    assert requires == {
        "token.tag",
        "token.ent_type",
        "token._.country_role",
        "token.is_sent_start",
        "doc._.dates",
        "doc._.title",
    }
    assert not any("token.pos" in nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names)
