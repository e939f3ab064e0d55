"""Shared fixtures: where the shared evaluation data lives, and the trained pipeline loaded once."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the repository (evaluation gold and research corpora); tests skip without it."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared/eval is not present beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The full eventwire pipeline, loaded once for the session."""
    from eventwire.nlp.pipeline import load_pipeline

    return load_pipeline()
