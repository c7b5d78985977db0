# Numbers in other bases: bin, hex, oct, int(s, base), bit_length, bit_count and bitwise tricks
for n in [0, 5, 255, -10, 2**40]:
    print(n, bin(n), hex(n), oct(n), n.bit_length(), n.bit_count())
print(int("ff", 16), int("0b1011", 0), int("777", 8), int("z", 36), int(" 42 "), int("1_000"))
print(0xFF & 0b1010, 6 | 9, 6 ^ 3, ~7, 1 << 10, -16 >> 2, 5 & -5)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(f"{flags:08b}", [b for b in range(8) if flags >> b & 1], (255).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "little", signed=False))
print(float.hex(0.5), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), 7.0.is_integer())
print(int("12", 3), format(10, "x"), format(-10, "#b"), int(3.99), int(-3.99), round(-3.5))
int("12", 2)
