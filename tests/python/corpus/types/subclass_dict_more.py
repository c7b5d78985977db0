# dict subclasses: methods of their own, __getattr__/__setattr__ into the dict, __delitem__, fromkeys, | and |=, dict.__new__.
import json

class Counts(dict):
    def add(self, word):
        self[word] = self.get(word, 0) + 1
        return self

c = Counts()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c, max(c, key=c.get), sorted(c.items(), key=lambda kv: -kv[1])[:2])
del c["cat"]
print(c, c.pop("zzz", None), c.keys(), c.values())
c.clear()
print(c, len(c))

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

a = Attr(x=1)
a.y = 2
print(a.x, a.y, a, a.items())
try:
    a.z
except AttributeError as e:
    print("AttributeError:", e)

class Deleting(dict):
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)
dd = Deleting(a=1, b=2)
del dd["a"]
print(dd, dd.pop("b"), dd)

print(Counts.__base__, Counts.__bases__, issubclass(Counts, dict))
print(dict.__new__(Counts), type(dict.__new__(Counts)))
class Plain(dict): pass
p = Plain([("a", 1)], b=2)
p.tag = "t"
print(p, p.tag, Plain(), Plain.fromkeys("ab"), type(Plain.fromkeys("ab")))
print(p | {"c": 3}, type(p | {"c": 3}), {"z": 0} | p)
p |= {"d": 4}
print(p, type(p))
