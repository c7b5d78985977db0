# bitwise operators on ints, including negatives and big values
for a, b in [(12, 10), (-12, 10), (0xFF, 0x0F), (-1, 2**70)]:
    print(f"{a} & {b} = {a & b}, | = {a | b}, ^ = {a ^ b}")
print(~0, ~5, ~-6, -5 >> 1, -1 >> 100, 5 >> 10, 1 << 70, -3 << 4)
print(bin(-5), hex(-255), oct(-8), bin(-5 & 0xFF), f"{-5 & 0xFFFFFFFF:08x}")
print((5).bit_length(), (-5).bit_length(), (0).bit_length(), (255).bit_count(), (-255).bit_count())
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags ^ EXEC, flags & ~READ)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), (258).to_bytes(4, "little"))
print(True & 3, 6 & True, 1 | False)
for expr in ["1 << -1", "1 >> -2", "1.0 << 2", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "3 & 1.0", "'a' | 1"]:
    try:
        print(expr, "=", eval(expr))
    except (ValueError, TypeError, OverflowError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
