"""Run the CLI as ``python -m factcheck``."""

from factcheck.cli.main import main

main()
