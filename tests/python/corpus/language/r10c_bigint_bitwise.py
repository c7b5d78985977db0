big = 2 ** 100
print(big, big.bit_length(), len(str(big)), big.bit_count())
print(big >> 90, big >> 200, 1 << 70, (big - 1) & 0xFF, big | 1, big ^ (big + 7))
print(~0, ~5, ~-1, -1 >> 10, -256 >> 4, -1 << 3, -(2**70) >> 3)
print(-5 & 0xFF, -5 | 2, -5 ^ -3, 6 & -6, (-2**65) & (2**64 - 1))
print(bin(-10), hex(-255), oct(-8), bin(0), format(-10, "b"), format(-10 & 0xFF, "08b"))
x = 0b1011_0110
print(x, f"{x:#010b}", [i for i in range(8) if x >> i & 1])
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), flags & (1 << 3) != 0, flags & ~(1 << 3))
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(3 ** 200 % 1000, 12345678901234567890 * 98765432109876543210)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, divmod(-(10 ** 25), 3))
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    print(int("9" * 5000))
except ValueError as e:
    print(str(e)[:60])
print(len(str(2 ** 10000)))
