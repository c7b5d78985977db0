# Assigning to a property that has no setter.
class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def diameter(self):
        return self._radius * 2

c = Circle(3)
print(c.diameter)
c.diameter = 10
