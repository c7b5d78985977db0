# timeit as a learner times factorials: Timer, timeit, repeat, autorange, globals and setup, errors
import timeit
import math

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

t = timeit.timeit(lambda: fact(30), number=100)
print(type(t).__name__, t >= 0)
print(len(timeit.repeat("fact(10)", globals={"fact": fact}, repeat=3, number=10)))
print(timeit.timeit("f(5)", setup="from math import factorial as f", number=5) >= 0)
timer = timeit.Timer("x = n * 2", setup="n = 21")
print(type(timer).__name__, timer.timeit(3) >= 0, [r >= 0 for r in timer.repeat(2, 4)])
calls = []
def setup():
    calls.append("setup")
timeit.Timer(lambda: calls.append("stmt"), setup=setup).timeit(number=3)
print(calls)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
ticks = iter(range(100))
fake = timeit.Timer("pass", timer=lambda: next(ticks) ** 2 * 0.01)
print(fake.autorange(lambda number, taken: print("  tried", number, round(taken, 1))))
for bad in [dict(stmt=5), dict(setup=[1])]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
print(math.factorial(5) == fact(5))
