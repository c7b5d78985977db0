# RecursionError in recursive __repr__
class Box:
    def __init__(self):
        self.inner = self
    def __repr__(self):
        return f"Box({self.inner!r})"

print("made")
print(Box())
