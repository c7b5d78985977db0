# A method that calls itself through self.
deepest = 0

class Counter:
    def count(self, n):
        global deepest
        deepest = n
        return self.count(n + 1)

try:
    Counter().count(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
