"""Across articles: the store, de-duplication, the timeline and the comparison of sources."""
