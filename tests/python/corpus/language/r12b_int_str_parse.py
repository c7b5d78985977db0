tests = ["42", "-0", "+17", "  8  ", "1_000", "0b1010", "0o17", "0xff", "007", "1e3", "3.0", "½", "٣", "", " ", "12abc", "1__0"]
for s in tests:
    try:
        print(f"int({s!r}) = {int(s)}")
    except ValueError as e:
        print(f"int({s!r}) -> {e}")
for s, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("777", 8), ("z", 36), ("10", 2), ("12", 2), ("007", 0), ("0", 0), ("11", 1)]:
    try:
        print(f"int({s!r}, {base}) = {int(s, base)}")
    except ValueError as e:
        print(f"int({s!r}, {base}) -> {e}")
for s in ["3.14", "-.5", "1e-3", "inf", "-Infinity", "nan", "NaN", "1e500", "0x1p3", "1_0.5", "1,5", "", "e5"]:
    try:
        print(f"float({s!r}) = {float(s)!r}")
    except ValueError as e:
        print(f"float({s!r}) -> {e}")
print(int(b"12"), float(b" 2.5 "), int(True), int(-0.9), int("٣٤"))
int(None)
