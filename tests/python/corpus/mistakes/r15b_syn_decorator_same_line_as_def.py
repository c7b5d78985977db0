# Mistake: the decorator written on the same line as the def.
class Circle:
    def __init__(self, r):
        self.r = r

    @property def area(self):
        return 3.14159 * self.r ** 2

print(Circle(2).area)
