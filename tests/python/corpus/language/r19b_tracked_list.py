# A list subclass that logs in-place changes, delegating to list via super()
class TrackedList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.changes = 0

    def append(self, item):
        self.changes += 1
        print(f"append {item!r}")
        super().append(item)

    def __iadd__(self, other):
        self.changes += 1
        print(f"extend by {len(other)}")
        return super().__iadd__(other)

    def __reversed__(self):
        print("reversed!")
        return super().__reversed__()

t = TrackedList([1, 2])
t.append(3)
print(t, t.changes, len(t), t[1:], isinstance(t, list))
t += [4, 5]
print(t, t.changes, type(t).__name__)
print(list(reversed(t)))
