# Learners' programs with subclasses: a Temperature(float) with a unit, a Registry(dict) of coroutines, a Matrix(list) with @, a Config(dict) with __getattr__, Word(str), Money(int), collections.
import asyncio, json
from collections import Counter, namedtuple
class Temperature(float):
    def __new__(cls, value, unit="C"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{float(self)}{self.unit}"
t = Temperature(21.5, "F")
print(t, [t], t + 1, t.unit, t > 20, sorted([Temperature(3), Temperature(1)]), max(t, 30), round(t, 0))
class Registry(dict):
    def register(self, name):
        def deco(f):
            self[name] = f
            return f
        return deco
reg = Registry()
@reg.register("hi")
async def hi(n):
    await asyncio.sleep(0)
    return "hi" * n
async def main():
    results = await asyncio.gather(*(reg[k](2) for k in reg))
    print(results, list(reg), len(reg))
asyncio.run(main())
class Matrix(list):
    def __init__(self, rows):
        super().__init__([list(r) for r in rows])
    @property
    def shape(self):
        return (len(self), len(self[0]) if self else 0)
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other)] for r in self])
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m.shape, type(m @ m).__name__, m[0][1], [row for row in m], m == [[1, 2], [3, 4]])
class Config(dict):
    def __getattr__(self, k):
        return self[k]
c = Config(json.loads('{"a": 1, "b": {"c": 2}}'))
print(c.a, c["b"], json.dumps(c), isinstance(c, dict), {**c, "z": 0})
class Word(str):
    def __new__(cls, s):
        return super().__new__(cls, s.strip().lower())
    def __len__(self):
        return 99
words = [Word(" Hello "), Word("WORLD")]
print(words, len(words[0]), " ".join(words), sorted(words), Counter(words), words[0] in {"hello"}, words[0] == "hello", words[0].capitalize())
class Money(int):
    def __str__(self):
        return f"${int(self):,}"
    def __add__(self, other):
        return Money(int(self) + other)
    __radd__ = __add__
total = sum([Money(5), Money(10)], Money(0))
print(total, type(total).__name__, repr(total), f"{total}", f"{total:>8}", str(total), "%d / %s" % (total, total))
Card = namedtuple("Card", ["rank", "suit"])
deck = [Card(r, s) for s in "SH" for r in "AK"]
print(deck[:2], sorted(deck)[0], Card("A", "S") in deck, {c: i for i, c in enumerate(deck)}[Card("K", "H")], dict(zip(deck, range(4)))[deck[0]])
