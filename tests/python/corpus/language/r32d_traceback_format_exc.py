# Logging an exception's traceback as text with traceback.format_exc and print_exception
import traceback
import sys


def parse(s):
    return int(s)


def load(values):
    return [parse(v) for v in values]


try:
    load(["1", "2", "three"])
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(len(text.splitlines()) > 4)
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value, [f.name for f in traceback.extract_tb(tb)])
    print(traceback.format_exception_only(etype, value))
try:
    {}["k"]
except KeyError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print("".join(traceback.format_exception(type(e), e, None)))
print(traceback.format_exc())
load(["x"])
