values = ["10", " 7 ", "3.5", "", "1e3", "0x1f", "12abc", "-4"]
for v in values:
    try:
        print(repr(v), "->", int(v))
    except ValueError as err:
        print(repr(v), "failed:", err)
print(int(float("3.5")))
print(int("0x1f", 16), int("1f", 16))
