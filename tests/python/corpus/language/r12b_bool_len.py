class Empty:
    pass

class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n

class Truthy:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        print("len called")
        return 5

print(bool(Empty()), bool(Sized(0)), bool(Sized(3)))
print(bool(Truthy()))
if not Sized(0):
    print("empty sized is falsy")
print(len(Truthy()))
x = Sized(2) or "fallback"
print(type(x).__name__)
y = Sized(0) or "fallback"
print(y)

class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

class FloatLen:
    def __len__(self): return 2.0
try:
    bool(FloatLen())
except TypeError as e:
    print("TypeError:", e)

class BadBool:
    def __bool__(self): return 1
print(bool(BadBool()))
