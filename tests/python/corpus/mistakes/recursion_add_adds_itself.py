class Money:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        return self + other
print(Money(1) + Money(2))
