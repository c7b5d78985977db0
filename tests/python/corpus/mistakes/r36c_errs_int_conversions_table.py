# checking which user inputs int() accepts
inputs = ["42", " 7 ", "3.5", "", "1_000", "1__0", "٣", "½", "0x1f", "-0", "+ 5"]
for text in inputs:
    try:
        print(f"{text!r:>8} -> {int(text)}")
    except ValueError as e:
        print(f"{text!r:>8} -> {e}")
print(int("0x1f", 16), int("z", 36))
print(int("12", base=1))
