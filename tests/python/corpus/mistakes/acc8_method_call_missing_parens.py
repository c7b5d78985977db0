# A method used without calling it, in arithmetic and in a comparison.
class Counter:
    def __init__(self):
        self.n = 0
    def value(self):
        return self.n

c = Counter()
print(c.value() + 1)
if c.value > 0:
    print("positive")
