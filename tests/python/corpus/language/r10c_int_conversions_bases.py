for text, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("777", 8), ("0o17", 0), ("z", 36),
                   ("1010", 2), ("  12  ", 10), ("+5", 10), ("-0", 10), ("1_0", 0), ("٣", 10)]:
    print(repr(text), base, int(text, base))
for bad in [("12", 2), ("0x", 16), ("9", 8), ("1.0", 10), ("", 10), ("08", 0)]:
    try:
        int(*bad)
    except ValueError as e:
        print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    int(10, 2)
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
print(int(True), int(False), int(-0.9), int("1" * 30), int(b"42"))
print(hex(255), oct(8), bin(5), hex(2 ** 64), int(hex(2 ** 64), 16) == 2 ** 64)
print(float(10 ** 20), float("1e-3"), int(1e-3), str(10 ** 20 + 0.5))
print(chr(65), ord("€"), chr(0x1F600) == "\U0001F600")
try:
    chr(-1)
except ValueError as e:
    print(e)
ord("ab")
