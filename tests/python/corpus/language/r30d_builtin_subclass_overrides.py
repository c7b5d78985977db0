# Which built-in operations honour overridden methods in subclasses of dict, list, str and int
class LoudDict(dict):
    def __getitem__(self, k):
        return f"<{super().__getitem__(k)}>"

    def keys(self):
        return ["a"]


class RevList(list):
    def __iter__(self):
        return reversed(self[:])


class Name(str):
    def __str__(self):
        return "Name:" + self.upper()


class Num(int):
    def __str__(self):
        return f"Num({int(self)})"


d = LoudDict(a=1, b=2)
print(d["a"], d.get("a"), dict(d), {**d}, list(d.items()), [d[k] for k in d])
r = RevList([1, 2, 3])
print(list(r), [x for x in r], r[:], sorted(r), tuple(r), [*r], sum(r), r)
n = Name("ann")
print(n, str(n), f"{n}", "%s" % n, n + "!", repr(n), n.title())
x = Num(5)
print(x, f"{x}", f"{x:d}", "%d" % x, "%s" % x, str(x + 1), [x], format(x, ""), x.__format__("03"))
