class Registry:
    _items = {}
    def __class_getitem__(cls, key):
        return f"Registry[{key!r}]"

print(Registry["x"], Registry[int], Registry[1, 2])

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __iter__(self): return reversed(self._items)
    def __repr__(self): return f"Stack({self._items})"
    def __getitem__(self, i):
        return self._items[-1 - i]
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), s[0], s[-1])
print(s.pop(), s.pop(), s, bool(s))
print(list[int], dict[str, list[int]], type(list[int]).__name__)
print(Stack[int])
