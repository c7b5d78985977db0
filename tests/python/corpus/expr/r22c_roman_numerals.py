# roman numerals both ways, with validation errors
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int) or not 0 < n < 4000:
        raise ValueError(f"cannot convert {n!r} to a roman numeral")
    out = ""
    for v, sym in VALUES:
        count, n = divmod(n, v)
        out += sym * count
    return out
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -vals[a] if vals.get(b, 0) > vals[a] else vals[a]
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5} {from_roman(r.lower().upper()) == n}")
for bad in [0, 4000, -1, 3.0, "12"]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
print(from_roman("MMXZ"))
