# Calling an instance method on the class.
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14 * self.r ** 2

print(Circle(2).area())
print(Circle.area())
