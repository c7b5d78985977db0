# traceback.extract_tb, format_tb and print_tb: FrameSummary's fields,
# unpacking, comparison with a tuple, limits (first frames, last frames).
import sys
import traceback

here = __file__.rsplit("/", 1)[0] + "/"


def show(*items, **kw):
    # the program's path as given to python3: without its directory
    print(*(str(x).replace(here, "") for x in items), **kw)


def parse(text):
    return int(text)


def total(items):
    return sum(parse(x) for x in items)


try:
    total(["1", "2", "x"])
except ValueError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    show(type(frames).__name__, len(frames))
    for f in frames:
        show(repr(f), f.filename, f.lineno, f.name, repr(f.line), f.end_lineno, f.colno, f.end_colno, f.locals)
    for filename, lineno, name, line in frames:
        show(lineno, name, line)
    show(frames[0] == (frames[0].filename, frames[0].lineno, '<module>', 'total(["1", "2", "x"])'))
    show(frames[-1][2], len(frames[-1]))
    show("".join(traceback.format_tb(tb)), end="")
    show(traceback.format_tb(tb, limit=1))
    show(traceback.format_tb(tb, limit=-1))
    show(traceback.extract_tb(tb, 2))
    show("".join(traceback.format_tb(tb)), end="")
    traceback.print_tb(tb, limit=-2)
