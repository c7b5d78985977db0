# traceback.print_exception with limit= on a chained exception, and format_exc(limit=-1)
import traceback, sys

def level3(v):
    return 10 / v

def level2(v):
    return level3(v) + 1

def level1(v):
    try:
        return level2(v)
    except ZeroDivisionError as e:
        raise ValueError(f"cannot use {v}") from e

try:
    level1(0)
except ValueError as exc:
    traceback.print_exception(exc, limit=1, file=sys.stderr)
    print("-----")
    traceback.print_exception(exc, limit=-1, chain=False, file=sys.stderr)
    print("-----")
    print(traceback.format_exc(limit=2, chain=False), end="", file=sys.stderr)
    print("-----")
    print(len(traceback.format_tb(exc.__cause__.__traceback__)))
