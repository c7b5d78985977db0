# Mistake: an en dash pasted from a book instead of a minus sign.
# (the whole file is compiled first: nothing runs)

x = 5 – 3
print(x)
