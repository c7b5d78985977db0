# my parser accepts digits from other scripts; int() handles them?
samples = ["42", "٤٢", "４２", " 7 ", "1_000", "0x10"]
for s in samples:
    try:
        print(repr(s), "->", int(s))
    except ValueError as e:
        print(repr(s), "->", e)
print(int("0x10", 0), int("0b101", 0))
print(int("08", 0))
