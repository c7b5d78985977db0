# A method defined without self, called on an instance
class Counter:
    def __init__(self):
        self.n = 0

    def increment():
        self.n += 1

c = Counter()
c.increment()
