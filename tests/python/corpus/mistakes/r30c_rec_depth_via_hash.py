# __hash__ that hashes a fresh instance: recursion through a set.
deepest = 0

class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        global deepest
        deepest = self.n
        return hash(Key(self.n + 1))

try:
    {Key(1)}
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
