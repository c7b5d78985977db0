# Subclass __init__ that calls its own class again instead of super().
deepest = 0

class Base:
    def __init__(self, n):
        self.n = n

class Child(Base):
    def __init__(self, n):
        global deepest
        deepest = n
        Child.__init__(self, n + 1)

try:
    Child(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
