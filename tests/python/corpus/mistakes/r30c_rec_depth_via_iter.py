# __iter__ that iterates a new instance in a for loop.
deepest = 0

class Walker:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        global deepest
        deepest = self.n
        for x in Walker(self.n + 1):
            yield x

try:
    list(Walker(1))
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
