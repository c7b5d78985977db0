# divmod table for converting seconds to h:m:s, plus negative durations
def hms(seconds):
    sign = "-" if seconds < 0 else ""
    m, s = divmod(abs(seconds), 60)
    h, m = divmod(m, 60)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}"
for t in [0, 59, 60, 3599, 3600, 86399, 90061, -75, 10**6]:
    print(f"{t:>8} -> {hms(t)}")
print(divmod(7, 3), divmod(-7, 3), divmod(7.0, 3), divmod(7, 0.5))
print(divmod(True, 2), divmod(10, True))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("7", 3)
except TypeError as e:
    print(type(e).__name__, e)
divmod(1, 0.0)
