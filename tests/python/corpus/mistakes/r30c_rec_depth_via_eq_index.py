# list.index comparing with an __eq__ that searches again.
deepest = 0

class Item:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        global deepest
        deepest = self.n
        return [Item(self.n + 1)].index(other) == 0

try:
    [Item(1)].index(0)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
