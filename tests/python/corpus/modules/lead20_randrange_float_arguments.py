# random.randint and randrange with floats as CPython 3.11 takes them: integral ones work (a DeprecationWarning for a direct randrange), others are a ValueError raised while _index's TypeError is handled
import random
random.seed(5)
print(random.randrange(10), random.randrange(2, 10), random.randrange(0, 100, 7), random.randrange(10, 0, -3), random.randint(-5, 5))
print(random.randrange(10**30), random.randint(0, 2**70), random.randrange(True, 5))
for args in [(0,), (5, 5), (0, 10, 0), (10, 0), (0, 10, -1), ('5',), (1, '5'), (1, 5, 1.0), (1, 10, 2.0), ([1],), (None,), (1, None, 2)]:
    try:
        print(args, random.randrange(*args))
    except Exception as e:
        print(args, type(e).__name__, e, repr(e.__context__))
for a, b in [(1, 2.0), (1.5, 3), (3, 1), ('a', 'b'), (1, 2**64)]:
    try:
        print(a, b, random.randint(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e, repr(e.__context__))
print(random.randint(1, 10 / 2))
random.randint(1, 7.5)
