# KeyError messages with unusual keys
tests = [
    lambda: {}[(1, 2)],
    lambda: {}[""],
    lambda: {}[None],
    lambda: {}["it's"],
    lambda: {}[frozenset()],
    lambda: set().pop(),
    lambda: {}.popitem(),
    lambda: {1: 2}.pop(3),
]
for t in tests:
    try:
        t()
    except KeyError as e:
        print(repr(e), "|", str(e), "|", e.args)
raise KeyError("a", "b")
