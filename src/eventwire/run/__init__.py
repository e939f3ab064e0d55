"""Executing the pipeline over many articles."""
