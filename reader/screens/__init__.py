"""Screens and dialogs over the reader, one per file."""
