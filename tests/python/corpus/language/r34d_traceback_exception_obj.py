# traceback.TracebackException: format_exception_only, stack, chains and print_exception(e)
import traceback

def parse(s):
    return int(s)

def load(items):
    try:
        return [parse(x) for x in items]
    except ValueError as e:
        raise RuntimeError("load failed") from e

try:
    load(["1", "x"])
except RuntimeError as exc:
    te = traceback.TracebackException.from_exception(exc)
    print("".join(te.format_exception_only()), end="")
    print(te.exc_type.__name__, [f.name for f in te.stack])
    print(te.__cause__.exc_type.__name__, [f.name for f in te.__cause__.stack])
    lines = list(te.format(chain=True))
    print(len(lines), lines[-1], end="")
    print("".join(traceback.format_exception_only(exc.__cause__)), end="")
    traceback.print_exception(exc, limit=1)
    print(traceback.format_exception(exc)[0], end="")
