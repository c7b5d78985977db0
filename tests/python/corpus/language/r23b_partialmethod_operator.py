from functools import partialmethod, partial
import operator

class Light:
    def __init__(self):
        self.state = "off"
    def set_state(self, state, brightness=100):
        self.state = f"{state}@{brightness}"
        return self
    turn_on = partialmethod(set_state, "on")
    turn_off = partialmethod(set_state, "off", brightness=0)
    dim = partialmethod(set_state, "on", brightness=20)

l = Light()
print(l.turn_on().state, l.turn_off().state, l.dim().state, l.turn_on(brightness=50).state)
print(type(Light.__dict__["turn_on"]).__name__)

double = partial(operator.mul, 2)
print(list(map(double, [1, 2, 3])), double.args, double.func is operator.mul)
print(operator.add(1, 2), operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.contains([1, 2], 2), operator.not_(0), operator.is_(None, None))
get_name = operator.attrgetter("state")
print(get_name(l))
records = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(records, key=operator.itemgetter("v", "n"))])
print(operator.itemgetter(1, -1)("abcdef"), operator.itemgetter(slice(1, 3))("abcdef"))
up = operator.methodcaller("replace", "a", "A")
print(up("banana"))
nested = operator.attrgetter("__class__.__name__")
print(nested(l), nested(3))
x = [1, 2]
operator.iadd(x, [3])
operator.setitem(x, 0, 99)
operator.delitem(x, 1)
print(x, operator.getitem(x, -1), operator.index(5), operator.length_hint(iter(range(4))))
print(operator.attrgetter("missing")(l))
