class Evens:
    def __contains__(self, n):
        print(f"checking {n}")
        return n % 2 == 0

e = Evens()
print(4 in e, 5 in e, 7 not in e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

s = Seq()
print(20 in s, 25 in s)
print(list(s))
for v in s:
    print("item", v)
print(sorted(s, reverse=True))

class Iterable:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
print(2 in Iterable())

class NotContainer:
    pass
try:
    print(1 in NotContainer())
except TypeError as e:
    print("TypeError:", e)

print(3 in NotContainer())
