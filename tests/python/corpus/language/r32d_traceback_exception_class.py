# traceback.TracebackException, print_exception with no traceback, and chained formatting
import traceback
import sys


def inner():
    raise ValueError("inner problem")


def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("outer problem") from e


try:
    outer()
except RuntimeError as exc:
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, [f.name for f in te.stack])
    lines = list(te.format())
    print(len(lines), lines[-1], end="")
    print([l.strip() for l in te.format_exception_only()])
    only = traceback.format_exception(exc, limit=0)
    print(only[-1], end="")
    short = traceback.format_exception(exc, chain=False)
    print(short[0], short[-1], end="")
    print(traceback.format_exception(type(exc), exc, None, chain=False))
    traceback.print_exception(type(exc), exc, None, file=sys.stdout, chain=False)
    exc_lines = traceback.format_exc(limit=1, chain=False).splitlines()
    print(len(exc_lines), exc_lines[0], exc_lines[-1], exc_lines[2].strip())
