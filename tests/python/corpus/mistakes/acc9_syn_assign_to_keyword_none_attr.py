# Assigning to an attribute named like a keyword.
class Box:
    pass

b = Box()
b.class = "small"
print(b)
