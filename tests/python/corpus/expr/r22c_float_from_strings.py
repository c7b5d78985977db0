# float() parsing
tests = ["3.14", "  -2.5  ", "1e3", "1E-3", "1_000.5", ".5", "5.", "inf", "-Infinity", "nAn",
         "1.2.3", "", "1e", "e5", "1_", "0x10", "1,5", "  +.7e+2\n", "١.٥", "1__0.0", "infinit"]
for s in tests:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
print(float(7), float(True), float(2**60), float("00012.5000"))
print(float("1" * 400) if False else float("1e400"), float("-1e400"), float("1e-400"))
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
float(b"1.5"), float(bytearray(b"2"))
print(float(b" 3.5 "))
