# Inspecting the locals of the frame where an error happened.
import sys

def compute(values):
    total = 0
    for i, v in enumerate(values):
        total += 10 / v
    return total

try:
    compute([5, 2, 0, 1])
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    while tb.tb_next:
        tb = tb.tb_next
    f = tb.tb_frame
    print(f.f_code.co_name, tb.tb_lineno, sorted(f.f_locals.items()))
