# traceback.format_exception's list in CPython's pieces: the header, one item per frame with its source and markers, a chain's message, a SyntaxError's lines, notes
import traceback


def f(n):
    return int(n)


def g(n):
    try:
        return f(n)
    except ValueError as e:
        raise RuntimeError("conversion failed") from e


def deep(k):
    return deep(k + 1) if k < 30 else 1 / 0


cases = [lambda: f("x"), lambda: g("y"), lambda: deep(0), lambda: exec("1 +"), lambda: [][1]]
for case in cases:
    try:
        case()
    except Exception as e:
        items = traceback.format_exception(e)
        print(len(items), [len(i.splitlines()) for i in items])
        print(items[-1], end="")
try:
    try:
        {}["k"]
    except KeyError:
        None.x
except AttributeError as e:
    e.add_note("a note")
    for item in traceback.format_exception(e):
        print(repr(item.replace(__file__, "FILE")))
