# A 2 in a binary literal.
print("start")

mask = 0b1012
print(mask)
