# A classmethod calling itself through cls.
deepest = 0

class Factory:
    @classmethod
    def make(cls, n):
        global deepest
        deepest = n
        return cls.make(n + 1)

try:
    Factory.make(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
