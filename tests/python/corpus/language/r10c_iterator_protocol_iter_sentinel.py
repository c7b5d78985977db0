import random

random.seed(7)
rolls = iter(lambda: random.randint(1, 6), 6)
print(list(rolls))

lines = ["first", "second", "", "after blank"]
it = iter(lines)
print(list(iter(lambda: next(it), "")))
print(next(it))

class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else b""

r = Reader([b"ab", b"cd"])
for chunk in iter(r.read, b""):
    print(chunk)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    iter(5, None)
except TypeError as e:
    print(e)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
print(type(iter(range(3))).__name__, type(iter({})).__name__, type(iter(lambda: 1, 1)).__name__)
next(iter([]))
