# random's continuous distributions, CPython 3.11's draw for draw: expovariate
# (no default in 3.11), triangular, normalvariate, lognormvariate,
# paretovariate, weibullvariate, and their errors (what they draw first).
# Rounded to 10 places: musl's log, exp and pow (wasm) may differ in a last digit.
import random
random.seed(2024)
r10 = lambda *xs: [round(x, 10) for x in xs]
print(r10(random.expovariate(1.5), random.expovariate(lambd=0.2)))
print(r10(random.triangular(), random.triangular(0, 10, 3), random.triangular(5, 1)), random.triangular(2, 2, 2),
      r10(random.triangular(high=4, low=3, mode=3.9)))
print(r10(random.normalvariate(), random.normalvariate(10, 2), random.lognormvariate(0, 0.5)))
print(r10(random.paretovariate(3), random.weibullvariate(1, 1.5)))
r = random.Random(7)
print([round(r.expovariate(2), 6) for _ in range(5)])
for call in ['random.expovariate()', 'random.expovariate(0)', 'random.expovariate("x")', 'random.paretovariate(0)',
             'random.weibullvariate(1, 0)', 'random.lognormvariate(1)', 'random.triangular(1, 2, 3, 4)', 'random.expovariate(1, lambd=2)']:
    try:
        print(eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
arrivals = [round(random.expovariate(1 / 0.3), 3) for _ in range(6)]
print(arrivals, round(sum(arrivals), 4))
