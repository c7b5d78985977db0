# traceback's limit (positive, negative, zero, sys.tracebacklimit) and chain=False
import sys, traceback
sys.stdout = sys.stderr  # everything on stderr, whose file names the corpus compares

def level3(n):
    return 10 // n

def level2(n):
    return level3(n - 1)

def level1(n):
    try:
        return level2(n)
    except ZeroDivisionError as e:
        raise ValueError(f"bad n={n}") from e

def context_only():
    try:
        {}["k"]
    except KeyError:
        level1(1)

for limit in (None, 1, 2, -1, -2, 0, 10):
    try:
        level1(1)
    except ValueError:
        print(f"--- limit={limit}")
        traceback.print_exc(limit=limit, file=sys.stdout)
for chain in (True, False):
    try:
        context_only()
    except ValueError:
        print(f"--- chain={chain}")
        print(traceback.format_exc(limit=1, chain=chain), end="")
try:
    context_only()
except ValueError as e:
    print("--- format_exception(e, limit=-1)")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    print("--- chain=False only")
    traceback.print_exception(e, chain=False, file=sys.stdout)
    print("--- items", len(traceback.format_exception(e, limit=1)))
def rec(n):
    return rec(n + 1) if n < 30 else 1 / 0
try:
    rec(0)
except ZeroDivisionError:
    print("--- recursion limit=-8")
    traceback.print_exc(limit=-8, file=sys.stdout)
sys.tracebacklimit = 1
try:
    level1(1)
except ValueError:
    print("--- sys.tracebacklimit=1")
    traceback.print_exc(file=sys.stdout)
try:
    raise ExceptionGroup("eg", [KeyError(1), ValueError(2)]) from OSError("os")
except ExceptionGroup:
    print("--- group chain=False")
    traceback.print_exc(chain=False, file=sys.stdout)
