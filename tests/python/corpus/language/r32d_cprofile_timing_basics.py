# Timing code the way a course does: timeit with number=, repeat, and comparing two approaches
import timeit

setup = "data = list(range(1000))"
t_loop = timeit.timeit("s = 0\nfor x in data: s += x", setup=setup, number=200)
t_sum = timeit.timeit("sum(data)", setup=setup, number=200)
print(type(t_loop).__name__, t_loop >= 0, t_sum >= 0)
runs = timeit.repeat("sorted(data)", setup=setup, repeat=3, number=50)
print(len(runs), all(r >= 0 for r in runs))
t = timeit.Timer(lambda: [i * i for i in range(100)])
print(t.timeit(number=10) >= 0, callable(timeit.default_timer))
g = {"n": 5}
print(timeit.timeit("n * 2", globals=g, number=3) >= 0)
timeit.timeit("undefined_name", number=1)
