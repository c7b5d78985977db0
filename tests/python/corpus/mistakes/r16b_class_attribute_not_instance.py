# A NameError for a class attribute used without self
class Circle:
    pi = 3.14159

    def __init__(self, r):
        self.r = r

    def area(self):
        return pi * self.r ** 2

print(Circle(2).area())
