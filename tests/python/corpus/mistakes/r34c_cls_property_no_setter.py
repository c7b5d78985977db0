# Assigning to a property that only has a getter
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r ** 2

c = Circle(2)
print(round(c.area, 2))
c.area = 20
