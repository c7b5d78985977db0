# int() with bases and prefixes, bin/oct/hex of negatives and big ints, printing big ints.
for s, b in [("1010", 2), ("0b1010", 0), ("-0x_ff", 0), ("777", 8), ("0o777", 0), ("Zz", 36), ("0", 0), ("00", 0), ("1_000", 0)]:
    print(repr(s), b, int(s, b))
for bad in [("08", 0), ("0b2", 0), ("_1", 10), ("1_", 10), ("0x", 16), ("  ", 10)]:
    try:
        int(*bad)
    except ValueError as e:
        print("ValueError:", e)
for v in [0, 1, -1, 255, -256, 2**64, -(2**70) + 1]:
    print(v, bin(v), oct(v), hex(v), f"{v:x}", f"{v:#o}")
big = 3**200
print(big)
print(len(str(big)), str(big)[:20], big % 10**10, -big // 10**90)
print(2**256 - 1, hex(2**256 - 1)[:20], int("9" * 50) + 1, (10**30) // 7, (10**30) % 7)
print(int("0x10", 16), int("10", base=16), int(b"42"), int(bytearray(b" 7 ")), int("٤٢"))
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
print(0b1111_0000, 0o17, 0xDEAD_BEEF, 1_000_000, 00, 0_0)
