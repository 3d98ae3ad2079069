"""Subcommands of ``sidelight``, each a module with ``main(argv) -> int``, imported only when used."""
