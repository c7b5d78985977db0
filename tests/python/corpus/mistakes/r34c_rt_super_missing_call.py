# Forgot to call the parent __init__, then used its attribute
class Base:
    def __init__(self):
        self.items = []

class Stack(Base):
    def __init__(self, limit):
        self.limit = limit

    def push(self, x):
        if len(self.items) >= self.limit:
            raise OverflowError("stack full")
        self.items.append(x)

s = Stack(2)
s.push(1)
