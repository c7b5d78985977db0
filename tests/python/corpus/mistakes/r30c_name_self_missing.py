# Forgot self. before an attribute inside a method.
class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        count += 1
        return self.count

c = Counter()
print(c.bump())
