# float() of a number written with a decimal comma
for text in ["3.5", "2,75"]:
    value = float(text)
    print(value * 2)
