# Big factorials grouped with spaces, in groups of three digits by hand.
import math

def group(n, sep=" "):
    s = str(n)
    parts = []
    while s:
        parts.append(s[-3:])
        s = s[:-3]
    return sep.join(reversed(parts))

for n in [10, 20, 25]:
    f = math.factorial(n)
    print(f"{n}! = {group(f)}")
    print(" " * (len(str(n)) + 4), format(f, ",").replace(",", " ") == group(f))
print(group(0), group(-5), group(1000, "'"))
