# Installing a friendlier sys.excepthook that has a bug itself
import sys

def friendly(exc_type, exc, tb):
    print("Oops!", exc_type.__name__, "-", exc)
    print("at line", tb.tb_lineno, "in", tb.tb_frame.f_code.co_name)
    print("hint:", HINTS[exc_type])

HINTS = {ZeroDivisionError: "check the divisor"}
sys.excepthook = friendly

def average(xs):
    return sum(xs) / len(xs)

print(average([2, 4]))
print(average([]))
