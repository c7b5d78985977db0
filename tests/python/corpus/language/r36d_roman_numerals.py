# Converting to and from Roman numerals, with validation by regular expression.
import re

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")

class RomanError(ValueError):
    pass

def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise RomanError(f"{n} out of range 1..3999")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    if not s or not VALID.match(s):
        raise RomanError(f"invalid numeral {s!r}")
    total, i = 0, 0
    for value, sym in VALUES:
        while s.startswith(sym, i):
            total += value
            i += len(sym)
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} = {r}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in ("IIII", "VX", "", "MMMM", "ic"):
    try:
        from_roman(bad)
    except RomanError as e:
        print("RomanError:", e)
for bad in (0, 4000, 2.5, True):
    try:
        to_roman(bad)
    except (RomanError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(RomanError("x"), ValueError), RomanError.__mro__[1:3])
from_roman("MCMXCIVX")
