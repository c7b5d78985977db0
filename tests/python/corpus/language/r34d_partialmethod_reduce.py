# functools.partialmethod for setters, reduce with an initial value, and partial introspection
from functools import partialmethod, partial, reduce
import operator

class Light:
    def __init__(self):
        self.state = "off"
    def set_state(self, state, brightness=100):
        self.state = f"{state}@{brightness}"
        return self
    on = partialmethod(set_state, "on")
    dim = partialmethod(set_state, "on", brightness=20)
    off = partialmethod(set_state, "off", 0)

l = Light()
print(l.on().state, l.dim().state, l.off().state, l.on(brightness=50).state)
print(type(Light.__dict__["on"]).__name__)

p = partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords, p)
p2 = partial(p, "111")
print(p2(), p2.func is int, p2.keywords)
print(reduce(operator.mul, [], 1), reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
print(reduce(lambda a, b: f"({a}+{b})", "abcd"))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(max, [3, 9, 2], -1), reduce(operator.or_, [{1}, {2}, {1, 3}]))
