print(7 / 2, 7 // 2, 7 % 2, type(6 / 3).__name__, 6 / 3)
print(2 ** 10, 2 ** -1, 2.0 ** 10, (-8) ** (1 / 3))
print(10 // 3.0, 10 % 3.0, -10 // 3.0, type(10 // 3.0).__name__)
print(1 + True, True + True, 3 * False, 1.0 + 2)
print(int(3.99), int(-3.99), int("42"), int(" -7 "), int("0x1f", 16), int("1f", 16), int("0b101", 0))
print(float(3), float(10 ** 20), int(1e20), int(1.5e16))
print(3 == 3.0, 3 is 3.0 if False else "skip", hash(3) == hash(3.0))
print(0.1 + 0.2 > 0.3, 1 / 2 == 0.5, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(max(1, 2.0), min(3, 3.0), max(3.0, 3), sorted([3, 1.5, 2, True]))
print(abs(-5), abs(-5.5), pow(2, 5), pow(2.0, 5), pow(2, 5, 3))
print(7 .bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(int("١٢٣"), float("٣.٥"))
for s in ["12.5", "1e3", "ten", ""]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
print(int(float("1e3")))
print(1 / 0.0)
