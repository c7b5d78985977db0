# Calling an instance method on the class without an instance
class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, by=1):
        self.count += by
        return self.count

c = Counter()
print(c.increment())
print(Counter.increment(c, 5))
print(Counter.increment(5))
