# A dict subclass's __setitem__ and __getitem__: d[k] = v and d[k] call them; update(), setdefault(), dict(), {**d}, get() do not (as CPython's C paths); its own __repr__ in print and in containers.
class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 10)

    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)

l = Logged({"a": 1}, b=2)
print(l)
l["c"] = 3
l.update({"d": 4})
l.setdefault("e", 5)
print(l, l["c"], l.get("c"))
print(dict(l), {**l}, list(l.items()))
for k in l:
    print(k, end=" ")
print()

class Sorted(dict):
    def __repr__(self):
        return "Sorted(" + ", ".join(f"{k}={self[k]}" for k in sorted(self)) + ")"

s = Sorted(b=2, a=1)
print(s)
print([s], {"k": s})
print(str(s), f"{s!r}")
