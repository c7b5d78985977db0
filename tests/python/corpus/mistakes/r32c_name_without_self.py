# Forgot self. in front of an attribute inside a method.
class Counter:
    def __init__(self):
        self.count = 0

    def increment(self):
        self.count += 1
        return count

c = Counter()
print(c.increment())
