# Converting numbers between bases and representations, with the edge cases.
print(int("ff", 16), int("0b1010", 0), int("0o17", 0), int("  42  "), int("1_000"), int("-z", 36))
print(bin(10), oct(64), hex(255), hex(-255), f"{255:#06x}", bin(-5))
print((10).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else "", (-1).bit_length())
print(float("1e3"), float("  -inf "), float("nan"), float("1_0.5"), float(".5"), float("5."))
print((0.1).hex(), float.fromhex("0x1.8p1"), (2.5).is_integer(), (3.0).is_integer())
print(round(2.5), round(3.5), round(-0.5), round(1.15, 1), round(1234, -2), round(5.5, 0))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), -7 // 2, -7 % 2, 7 % -2)
print(int(3.99), int(-3.99), int(True), float(10**20), int(1e20), 2**0.5, (-8) ** (1/3))
print(10 / 4, 10 // 4, 2 ** -1, 0 ** 0, pow(2, -1, 7), pow(3, 4, 5), abs(-0.0))
print(1e16 + 1 == 1e16, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e-5, 123456789012345678.0)
print(complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("3-4j"))
print(True + True, 7 // True, isinstance(True, int), 3 * "ab", -3 * [1])
for bad in ("12.5", "0x1G", "", "1__0"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: float("abc"), lambda: 1 / 0, lambda: 10 ** 400 * 1.0, lambda: int(float("inf"))):
    try:
        bad()
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(int("٣"), float("١.٥"), int("12", base=3))
