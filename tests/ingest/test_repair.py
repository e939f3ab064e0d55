import pytest

from eventwire.ingest.repair import repair_glued


@pytest.mark.parametrize("glued, repaired", [
    ("Foreign Minister Sergei Lavrovwho met", "Foreign Minister Sergei Lavrov who met"),
    ("the pipelinewhich runs under the sea", "the pipeline which runs under the sea"),
    ("he saidthat talks would go on", "he said that talks would go on"),
    ("Gov. Kristi NoemKristi Noem", "Gov. Kristi Noem Kristi Noem"),
    ("the talks ended.The minister left", "the talks ended. The minister left"),
    ("U.S.officials said", "U.S. officials said"),
])
def test_glued_words_are_split(glued, repaired):
    assert repair_glued(glued) == repaired


@pytest.mark.parametrize("text", [
    "YouTube and McDonald's", "Governor DeSantis of Florida", "Washington and Whitehall", "another somewhat",
    "Putin in Berlin", "Gordon Brown", "the Netherlands", "they withdraw thereafter", "an iPhone", "LaGuardia",
])
def test_real_words_and_names_are_left_alone(text):
    assert repair_glued(text) == text
