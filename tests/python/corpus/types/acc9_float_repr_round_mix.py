# Float repr after arithmetic, round() half to even, negative ndigits, int/float conversions.
xs = [0.1 + 0.2, 1.1 * 3, 2.675, 1e-5, 1e-4, 123456789.123456789, 2**53 + 1.0, 1/3, 5e-324, 1.7976931348623157e308]
for x in xs:
    print(repr(x), str(x), round(x, 2), round(x, -2), f"{x:.17g}")
print([round(v) for v in (0.5, 1.5, 2.5, -2.5, 2.5000001, 1e20 + 0.5)])
print([round(v, 1) for v in (0.05, 0.15, 0.25, 0.35, 0.45, 1.25, 2.25)])
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1), round(25, -1))
print(round(12345.6789, -2), round(-0.5), round(0.5), round(1.5), type(round(2.5)), round(2.5, None))
print(float("  3.5 "), float("-inf"), float("1_000.5"), float("nan") == float("nan"), float(10**20), int(1e20))
print(int(-0.9), int(2.5e3), float.fromhex("0x1.8p1"), (0.5).as_integer_ratio(), (0.1).hex(), (3.75).as_integer_ratio())
print(1e300 * 1e10, -1e300 * 1e10, 10 ** -2, 2 ** 0.5, (-2) ** 2, -2 ** 2, 9 ** 0.5, 4 ** -0.5)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
