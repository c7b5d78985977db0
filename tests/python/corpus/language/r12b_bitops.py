flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bin(flags), flags & WRITE, bool(flags & EXEC))
flags &= ~READ
print(flags, bin(flags), ~flags, -flags)
print(5 ^ 3, 5 & 3, 5 | 3, 1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100, -17 >> 1)
print(bin(-5), hex(-255), (-5) & 0xFF, format(-5 & 0xFFFF, "016b"))
print((255).bit_count() if hasattr(int, "bit_count") else "", (-7).bit_length(), (0).bit_length())
n = 0b1011_0110
print(n, f"{n:#010b}", [i for i in range(8) if n >> i & 1])
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True + True).__name__)
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print([popcount(i) for i in range(9)], popcount(2 ** 100 - 1))
print(1 << -1)
