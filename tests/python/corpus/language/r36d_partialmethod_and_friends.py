# functools.partial and partialmethod, their reprs, flattening and keyword overrides.
from functools import partial, partialmethod, reduce
import operator

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square(5, exp=3))
print(square.func.__name__, square.args, square.keywords)
p1 = partial(print, "a", sep="-")
p2 = partial(p1, "b", end="!\n")
p2("c")
print(p2.func is print, p2.args, sorted(p2.keywords.items()))
print(repr(partial(operator.add, 1))[:22])

class Light:
    def __init__(self):
        self.state = "off"
    def set(self, state):
        self.state = state
        return self
    on = partialmethod(set, "on")
    off = partialmethod(set, "off")

l = Light()
print(l.on().state, l.off().state, type(Light.__dict__["on"]).__name__)
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
print(reduce(operator.add, [[1], [2, 3], [4]]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=10))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
print(callable(square), partial(max, key=len)(["aa", "b", "cccc"]))
