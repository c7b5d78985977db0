# Using the traceback module to print and format a caught exception without stopping
import traceback
import sys


def level3(x):
    return 10 / x


def level2(x):
    return level3(x - 1)


def level1():
    return level2(1)


try:
    level1()
except ZeroDivisionError:
    traceback.print_exc()
    print("---")
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value)
    for frame in traceback.extract_tb(tb):
        print(frame.name, frame.lineno, frame.line)
    print("---")
    print("".join(traceback.format_exception_only(etype, value)), end="")
    print(traceback.format_exc().splitlines()[-1])
try:
    int("z")
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1], end="")
traceback.print_stack(limit=1)
