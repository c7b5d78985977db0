# TypeError messages for deleting items from objects that do not allow it
tests = [
    "del 'abc'[0]",
    "del (1, 2)[0]",
    "del range(3)[0]",
    "x = None; del x[0]",
    "del len['a']",
    "x = 3.5; del x[0]",
    "x = frozenset(); del x[0]",
    "x = 5; x[0]",
    "x = {1}; x[0]",
    "x = 5; x[0] = 1",
]
for src in tests:
    try:
        exec(src)
    except TypeError as e:
        print(e)
