# __add__ that adds recursively through the + operator.
deepest = 0

class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        global deepest
        deepest = self.n
        return Num(self.n + 1) + other

try:
    Num(1) + 1
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
