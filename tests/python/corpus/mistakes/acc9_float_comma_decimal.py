# A decimal comma.
print("start")

for text in ("1.5", "1,5"):
    print(float(text))
