print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(1.1 * 3, 0.1 * 3, 1 / 3, 2 / 3, 10 / 3)
print(repr(1e16), repr(1e15), 1e-4, 1e-5, 123456789012345678.0, 1.5e300 * 1e10)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1))
print(round(3.7), type(round(3.7)), round(3.7, 0), type(round(3.7, 0)))
print(float("1_000.5"), int("1_000"), int(" 42 "), int("-0x1f", 16), int("0b101", 0))
print(int(3.99), int(-3.99), int(1e20), int("007"))
for bad in ["1__0", "_1", "3.5", "", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
print(float(" -inf "), float("NaN"), float("1e400"), float("-0"), float(".5"), float("5."))
print(3.0 == 3, 0.1 + 0.7, 4.35 * 100, 1e308 * 10, -1e308 * 10)
print(2 ** 0.5, 10 ** -2, 2 ** -1, (-8) ** (1 / 3))
print(sum([0.1] * 10), __import__("math").fsum([0.1] * 10))
float("abc")
