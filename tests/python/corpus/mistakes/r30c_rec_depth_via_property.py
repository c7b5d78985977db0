# A linked chain of objects whose property recurses forever.
deepest = 0

class Link:
    def __init__(self, n):
        self.n = n

    @property
    def last(self):
        global deepest
        deepest = self.n
        return Link(self.n + 1).last

try:
    Link(1).last
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
