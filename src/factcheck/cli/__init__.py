"""The command line: ``main`` parses arguments and calls the library; ``review`` holds the
review and send commands. Only this package prints."""

from factcheck.cli.main import cli, main

__all__ = ["cli", "main"]
