"""Sidelight's terminal interface: the Textual app, its screens and widgets, and the CLI."""
