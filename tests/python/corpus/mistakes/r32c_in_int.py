# Testing membership in an integer.
digits = 12345
print("len:", len(str(digits)))
if 3 in digits:
    print("has a three")
