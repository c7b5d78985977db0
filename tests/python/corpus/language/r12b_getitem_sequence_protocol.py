class Seq:
    def __init__(self, data): self.data = list(data)
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
    def __len__(self): return len(self.data)
s = Seq("abc")
print(list(reversed(s)))
print("b" in s)
a, b, c = s
print(a, b, c, s[-1], s[0:2])
print(sorted(s), max(s), "".join(s))
it = iter(s); print(next(it), type(it).__name__)
class NoLen:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
try:
    reversed(NoLen())
except TypeError as e: print(e)
try:
    len(NoLen())
except TypeError as e: print(e)
print(list(enumerate(NoLen())), dict(zip(NoLen(), "xyz")))
class M:
    def __iter__(self): yield from (1, 2)
    def __reversed__(self): return iter((2, 1, 0))
print(list(reversed(M())), list(M()), [*M()], {*M()}, dict.fromkeys(M()))
class K:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(dict(K()), {**K()})
def f(**kw): return kw
print(f(**K()))
class NoRev:
    __reversed__ = None
    def __getitem__(self, i): return i
    def __len__(self): return 2
for obj in (NoRev(), {1: 2}.items(), {1, 2}, 5, "ab", (1, 2)):
    try:
        print(list(reversed(obj)))
    except TypeError as e: print(e)
