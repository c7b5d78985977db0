# TypeError for item assignment/deletion on immutable objects
tests = [
    lambda: "abc".__setitem__(0, "x"),
    lambda: exec("t = (1, 2); t[0] = 5"),
    lambda: exec("s = frozenset(); s.add(1)"),
    lambda: exec("r = range(3); r[0] = 1"),
    lambda: exec("d = {}; del d['x']"),
    lambda: exec("x = 5; del x[0]"),
    lambda: exec("f = len; f['a'] = 1"),
]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
word = "hello"
word[0] = "J"
