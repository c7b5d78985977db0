# a friendlier top-level error handler installed with sys.excepthook
import sys

def friendly(exc_type, exc, tb):
    frames = 0
    while tb:
        frames += 1
        last = tb
        tb = tb.tb_next
    print(f"Oops! {exc_type.__name__} at line {last.tb_lineno} ({frames} frames): {exc}", file=sys.stderr)

sys.excepthook = friendly

def average(xs):
    return sum(xs) / len(xs)

print(average([1, 2, 3]))
print(average([]))
