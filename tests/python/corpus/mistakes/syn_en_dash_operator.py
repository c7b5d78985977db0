# Mistake: an en dash pasted from a book instead of a minus sign.
x = 5 – 3
print(x)
