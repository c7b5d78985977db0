# A script with a module docstring, printing __doc__, __name__ and running main() under the __main__ guard
"""Module docstring: a tiny greeting tool.

It shows __doc__, __name__, __file__'s name and a main() guarded by __name__."""
import os
import sys


def greet(name: str = "world") -> str:
    """Return a greeting for *name*."""
    return f"Hello, {name}!"


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    print(greet(*argv[:1]))
    print(__doc__.splitlines()[0], "|", greet.__doc__)
    print(__name__, os.path.basename(__file__), greet.__module__, main.__defaults__)
    print(greet.__annotations__, greet.__qualname__, greet.__code__.co_varnames)
    return 0 if argv else 2


if __name__ == "__main__":
    print(main(["Ada"]))
    sys.exit(main())
