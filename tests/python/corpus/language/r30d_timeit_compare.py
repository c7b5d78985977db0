# timeit for comparing two ways of building a list, printed only as comparisons and counts
import timeit

setup = "data = list(range(200))"
loop = """
out = []
for x in data:
    out.append(x * 2)
"""
comp = "out = [x * 2 for x in data]"
t_loop = timeit.timeit(loop, setup=setup, number=200)
t_comp = timeit.timeit(comp, setup=setup, number=200)
print(t_loop > 0, t_comp > 0, type(t_loop).__name__)
reps = timeit.repeat("sum(range(50))", number=100, repeat=3)
print(len(reps), all(r >= 0 for r in reps))
counter = {"n": 0}


def bump():
    counter["n"] += 1


timeit.timeit(bump, number=25)
print(counter["n"], callable(timeit.default_timer))
t = timeit.Timer("x ** 2", globals={"x": 3})
n, total = t.autorange()
print(n >= 1, total >= 0)
timeit.timeit("undefined_name", number=1)
