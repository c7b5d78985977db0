# __bool__ that tests the truth of another instance.
deepest = 0

class Flag:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        global deepest
        deepest = self.n
        return not not Flag(self.n + 1)

try:
    bool(Flag(1))
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
