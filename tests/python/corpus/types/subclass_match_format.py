# Subclasses of dict, list, tuple, str, int in match patterns, %-formatting, unpacking and the built-ins that consume them.
from collections import Counter, namedtuple, OrderedDict
P = namedtuple("P", "x y")
class L(list): pass
class D(dict): pass
class S(str): pass
class I(int): pass
def f(v):
    match v:
        case {"a": n}:
            return f"map {n}"
        case [a, b]:
            return f"seq {a} {b}"
        case P(x=0):
            return "P0"
        case str(s):
            return f"str {s}"
        case int(i):
            return f"int {i}"
        case _:
            return "other"
for v in (Counter(a=3), D(a=1), OrderedDict(a=2), L([1, 2]), P(5, 6), P(0, 1), S("q"), I(4), (1, 2)):
    print(type(v).__name__, f(v))
print("%s-%s" % P(1, 2), "%d" % I(3), "%(a)s" % D(a="x"), "%s" % S("s"))
print(isinstance(Counter(), dict), issubclass(OrderedDict, dict), issubclass(P, tuple), P.__bases__)
x, *rest = L([1, 2, 3]); print(x, rest)
a, b = P(1, 2); print(a, b, *P(3, 4), [*L([5])], {**D(k=1)})
print(max(L([3, 9])), min(P(4, 2)), sum(L([1, 2])), any(L([0, 1])), list(zip(L([1, 2]), P(3, 4))), list(enumerate(S("ab"))))
print(sorted(D(b=1, a=2)), sorted(D(b=1, a=2).items()), list(map(str, L([1]))), set(L([1, 1])), frozenset(P(1, 1)))
print(S("a,b").split(","), S("x").join(L(["1", "2"])), str(S("x")) is S, int(S("7")), float(I(2)))
