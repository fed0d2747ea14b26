"""`python -m openanswers` runs the command line, as the `openanswers` script does."""

from .cli import main

if __name__ == "__main__":
    main()
