# int.to_bytes / from_bytes, bit_length, bit_count and bit tricks
n = 1025
print(n.bit_length(), n.bit_count(), bin(n), f"{n:#018b}")
b = n.to_bytes(4, "big")
print(b, n.to_bytes(4, "little"), int.from_bytes(b, "big"))
print((-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((255).to_bytes(), int.from_bytes([1, 0]))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
x = 0b1011_0110
print(x & -x, x & (x - 1), x ^ 0xFF, ~x, x >> 2, x << 3)
print([i for i in range(8) if x >> i & 1])
print(int("ff", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int("  42\n"))
try:
    int("08", 0)
except ValueError as e:
    print(e)
print((10).as_integer_ratio(), (7).conjugate(), True.bit_length(), (-8) // 3, -8 >> 1)
