# int() and float() of strings: whitespace, underscores, signs, bases
tests = ["42", "  42  ", "\t-7\n", "+3", "1_000_000", "0x1f", "007", "1__0", "_1", "1_",
         "3.0", "", " ", "١٢٣", "٣", "1e3", "- 5", "０１２"]
for s in tests:
    try:
        print(repr(s), "->", int(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("10", 2))
print(int("  1_0  ", 8), int("-0x_1f", 16))
for s, b in [("12", 2), ("0x10", 10), ("010", 0), ("9", 8)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
int(None)
