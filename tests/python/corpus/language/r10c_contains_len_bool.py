class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        print("len called")
        return len(self.items)
    def __contains__(self, item):
        print(f"contains {item!r}")
        return item in self.items

b = Bag(1, 2)
print(2 in b, 3 not in b)
print(bool(b), bool(Bag()))
if Bag():
    print("non-empty")
else:
    print("empty")

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
    def __len__(self):
        print("len never")
        return 0

print(bool(Flag(True)), not Flag(False))
print(Flag(True) and "yes", Flag(False) or "fallback")

class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(20 in GetItemOnly(), 25 in GetItemOnly(), list(GetItemOnly()))

class BadLen:
    def __len__(self):
        return -1

try:
    len(BadLen())
except ValueError as e:
    print(e)

class BadBool:
    def __bool__(self):
        return 1

bool(BadBool())
