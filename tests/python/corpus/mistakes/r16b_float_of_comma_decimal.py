# float() of a number written with a decimal comma
print("== float of comma decimal ==")
for text in ["3.5", "2,75"]:
    value = float(text)
    print(value * 2)
