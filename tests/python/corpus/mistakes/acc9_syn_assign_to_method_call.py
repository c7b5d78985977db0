# Assigning to the result of a method call.
class Counter:
    def __init__(self):
        self.n = 0
    def value(self):
        return self.n

c = Counter()
c.value() = 5
print(c.value())
