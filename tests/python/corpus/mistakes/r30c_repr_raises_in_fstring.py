# __repr__ with a bug, shown by a !r in an f-string.
class Temp:
    def __init__(self, c):
        self.c = c

    def __repr__(self):
        return "Temp(" + self.c + ")"

t = Temp(21)
print(f"{t.c}")
print(f"{t!r}")
