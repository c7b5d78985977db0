class lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"computing {self.name}")
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @lazy
    def area(self):
        return round(3.14159 * self.r ** 2, 3)

c = Circle(2)
print(c.area)
print(c.area)
c.area = 0
print(c.area)
del c.area
print(c.area)

class Loud:
    def __get__(self, obj, cls):
        return f"get via {cls.__name__}, obj is None: {obj is None}"
class A:
    x = Loud()
class B(A):
    pass
print(A.x)
print(B().x)
print(A.__dict__["x"].__class__.__name__)
