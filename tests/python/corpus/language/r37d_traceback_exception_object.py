# Using traceback.TracebackException to format an error chain without printing it directly.
import traceback

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not parse {text!r}") from e

def load(items):
    return [parse(t) for t in items]

try:
    load(["1", "2", "x3"])
except RuntimeError as err:
    te = traceback.TracebackException.from_exception(err)
    print(type(te).__name__, te.exc_type.__name__, str(te))
    print("cause:", te.__cause__.exc_type.__name__, "|", te.__cause__)
    print([f.name for f in te.stack])
    print([f.name for f in te.__cause__.stack])
    only = list(te.format_exception_only())
    print(only)
    lines = list(te.format(chain=False))
    print(len(lines), lines[0].strip(), lines[-1].strip())
    print(traceback.format_exception_only(ValueError, ValueError("x")))
    print(traceback.format_exception_only(err.__cause__)[-1], end="")
    summary = traceback.extract_tb(err.__traceback__)
    print([(fs.name, fs.line) for fs in summary])
    print(te.stack.format()[-1].replace(__file__, "FILE"), end="")
