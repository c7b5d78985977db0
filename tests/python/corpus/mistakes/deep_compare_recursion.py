# Comparing lists (or tuples) nested 100,000 deep recurses once per level:
# RecursionError "in comparison" at the recursion limit, as CPython, for ==,
# <, in, sorted() and tuples; and a class's __eq__ that compares itself
def nest(n, wrap):
    x = []
    for i in range(n):
        x = wrap(x)
    return x

a, b = nest(100000, lambda x: [x]), nest(100000, lambda x: [x])
t, u = nest(100000, lambda x: (x, 1)), nest(100000, lambda x: (x, 1))
for name, f in [("==", lambda: a == b), ("<", lambda: a < b), ("in", lambda: b in [a]),
                ("sorted", lambda: sorted([a, b])), ("tuples", lambda: t == u),
                ("shallow", lambda: nest(500, lambda x: [x]) == nest(500, lambda x: [x]))]:
    try:
        print(name, f())
    except RecursionError as e:
        print(name, "RecursionError:", e)

class Loop:
    def __eq__(self, other):
        return [self] == [other]

try:
    Loop() == Loop()
except RecursionError as e:
    print("Loop RecursionError:", e)
