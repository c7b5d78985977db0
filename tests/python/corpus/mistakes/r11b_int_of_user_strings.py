# int() of the strings a user might type, and of other things.
samples = ["42", "  17\n", "+5", "-0", "3.0", "4 2", "½", "٣", "1_000", "_1", "1__0", "0b101", "ten", "", "   "]
for s in samples:
    try:
        print(repr(s), "->", int(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
for s, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("777", 8), ("19", 8), ("z", 36), ("10", 37), ("10", 1)]:
    try:
        print(s, base, "->", int(s, base))
    except ValueError as e:
        print(s, base, "-> ValueError:", e)
for x in [[1], None, 3.9, b"12", bytearray(b"7")]:
    try:
        print(repr(x), "->", int(x))
    except TypeError as e:
        print(repr(x), "-> TypeError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
