# Walrus onto an attribute is not allowed.
class Box:
    pass

b = Box()
if (b.size := 10) > 5:
    print("big box", b.size)
