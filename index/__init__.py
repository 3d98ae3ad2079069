"""Sidelight's search index (Whoosh). Imports content/, never reader/; every Whoosh import lives here."""
