class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)

c = Circle(2)
print(c.area)
c.r = 3
print(c.area)
del c.r
print(hasattr(c, "r"))
try:
    del c.area
except AttributeError as e:
    print(e)
c.area = 5
