# A callable object whose __call__ calls a new instance.
deepest = 0

class Step:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        global deepest
        deepest = self.n
        return Step(self.n + 1)()

try:
    Step(1)()
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
