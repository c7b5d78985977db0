# Timing factorial methods with timeit (printing only that each took some time) before picking one for the async version.
import asyncio
import math
import timeit
from functools import reduce
from operator import mul


def loop(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


methods = {"loop": loop, "reduce": lambda n: reduce(mul, range(1, n + 1), 1), "math": math.factorial}
times = {name: timeit.timeit(lambda f=f: f(300), number=200) for name, f in methods.items()}
print("all agree:", len({f(300) for f in methods.values()}) == 1)
print("timed:", sorted(times), all(t > 0 for t in times.values()))


async def main():
    await asyncio.sleep(0.01)
    print(math.factorial(12))


asyncio.run(main())
