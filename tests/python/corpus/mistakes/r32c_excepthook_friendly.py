# A custom sys.excepthook that prints a friendlier one-line message.
import sys

def friendly(exc_type, exc, tb):
    print(f"Oops! {exc_type.__name__}: {exc} (line {tb.tb_next.tb_lineno if tb.tb_next else tb.tb_lineno})", file=sys.stderr)

sys.excepthook = friendly

def average(xs):
    return sum(xs) / len(xs)

print(average([1, 2, 3]))
print(average([]))
