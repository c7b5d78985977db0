# class Name(str) and class Id(int): the base's methods and operators (plain results), hashing as the base, f-strings, %, join, json, int()/float() of them; __new__ with super().__new__(cls, ...).
import json

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, repr(n), n.shout(), len(n), n[0], n + "x", "x" + n, n * 2, n == "ada", "ada" == n, hash(n) == hash("ada"))
print(type(n), type(n + "x"), type(n.upper()), type(n.strip()), type(str(n)), type(n[:]), isinstance(n, str), Name.__mro__)
print(f"{n}|{n!r}|{n:>5}|", "%s-%r" % (n, n), "-".join([n, n]), n.startswith("a"), "a" in n, {n: 1}["ada"], {"ada": 2}[n])
print(json.dumps(n), json.dumps({n: n}), sorted([Name("b"), Name("a")]), n.split("d"), list(n), n.title(), n < "b")
n.note = "attr"
print(n.note, vars(n), int(Name("12")) + 1, float(Name("1.5")))

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __repr__(self):
        return f"Upper({str(self)!r})"

u = Upper("hello")
print(u, repr(u), [u], str(u), u.lower(), type(u), u == "HELLO")

class Id(int):
    def __repr__(self):
        return f"Id({int(self)})"

i = Id(7)
print(i, repr(i), str(i), i + 1, type(i + 1), i * i, -i, i // 2, i % 4, i ** 2, i << 1, i & 3, ~i, divmod(i, 2))
print(i == 7, hash(i) == hash(7), {i: "x"}[7], [10, 20, 30, 40, 50, 60, 70, 80][i], range(10)[i], bool(Id(0)), Id("ff", 16), Id())
print(isinstance(i, int), type(i).__mro__, int(i), type(int(i)), float(i), json.dumps(i), json.dumps([i]), f"{i:03d}", format(i, "x"))
print(sorted([Id(3), Id(1), 2]), max(Id(1), Id(5)), sum([Id(1), Id(2)]), abs(Id(-3)), i.bit_length(), Id(10**30) // 10**29)

class Big(int):
    pass
b = Big(2**100)
print(b, b + 1, type(b), b == 2**100, Big(-5), Big(True), Big(3.9))

