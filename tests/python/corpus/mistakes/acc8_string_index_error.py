# Indexing past the end of a string of digits.
digits = str(120)
print(digits[0], digits[-1], digits[1:10])
for i in range(4):
    print(i, digits[i])
