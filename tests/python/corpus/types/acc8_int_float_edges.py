# Int and float edge cases and their reprs.
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 2, 7 / 2, -7 / 2, 7 // 2, -7 // 2, 7 % -3, -7 % 3)
print(1e16, 1e15, 123456789012345678.0, 1e-4, 0.0001, 1e-5, 1.0, -0.0, 100.0)
print(float("inf"), float("-inf"), float("nan"), float("1e500"), -float("inf"))
print(2 ** 0.5, 10 ** -2, 2 ** -1, (-8) ** (1 / 3))
print(int(3.99), int(-3.99), int("  42 "), int("1_000"), int("ff", 16), int("0b101", 0))
print(float("3.5"), float(" -2 "), float("1_0.5"), str(1.5e-7), repr(123e10))
print(0.1 * 3, 1.1 * 1.1, 3 * 1.1, 4.35 * 100, 1.15 * 100)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2))
print(round(7), round(7.0), type(round(7.5)), round(12345, -2), round(15, -1), round(25, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 10**20))
print(abs(-5), abs(-5.5), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(max(1, 2.0), min(-0.0, 0.0), 1 == 1.0, 0.1 + 0.2 == 0.3, hash(1.0) == hash(1))
print(float(2**53 + 1), int(1e20), 10**20 / 3, 2**1000 / 2**999)
print(True + True, True * 3.5, int(True), bool(0.0), bool("0"), bool([]))
print((1.5).as_integer_ratio(), (0.75).is_integer(), (3.0).is_integer(), 7 .bit_length())
print(1_000_000, 0x_ff, 0o17, 0b11, 1e3, 5e-324, 1.7976931348623157e308)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 398, -(10 ** 30) // 7)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
