# Attaching dunder methods to an instance instead of the class.
class Box:
    pass

b = Box()
b.__len__ = lambda: 3
b.__str__ = lambda: "a box"
print(b.__len__(), b.__str__())
print(str(b) == "a box")
print(len(b))
