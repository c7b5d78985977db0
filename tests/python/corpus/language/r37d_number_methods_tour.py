# Methods on int and float: bit_count, to_bytes, from_bytes, as_integer_ratio, hex and fromhex.
n = 2024
print(n.bit_length(), n.bit_count(), bin(n), n.to_bytes(2, "big").hex(), n.to_bytes(4, "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\x01\x00", "little"))
print((-5).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print((0.75).as_integer_ratio(), (10).as_integer_ratio(), (-0.1).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (0.1).hex())
print((3.0).is_integer(), (3.5).is_integer(), (7).conjugate(), (7).real, (7).imag, (7).numerator)
print(int.__add__(2, 3), (5).__rtruediv__(10), float.__floordiv__(7.5, 2))
print(True.bit_length(), (0).bit_length(), (-8).bit_length(), (-1).bit_count())
print(round(123.456, -1), round(1234, -2), round(-0.5), round(1.5), round(2.5), round(0.125, 2))
print(divmod(-7, 2), divmod(7.5, -2), pow(3, -1, 7), pow(2, 100, 1000), 10 ** -2)
print(int(3.99), int(-3.99), int("ff", 16), int("0b101", 0), int("z", 36), float("  -inf "))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    int("08", 0)
except ValueError as e:
    print(e)
(1.0).as_integer_ratio() and float("nan").as_integer_ratio()
