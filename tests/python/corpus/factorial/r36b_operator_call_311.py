# operator.call (3.11) and friends to apply a table of factorial implementations.
import asyncio
import math
import operator
from functools import partial, reduce


def loop_fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


impls = {
    "loop": loop_fact,
    "math": math.factorial,
    "reduce": lambda n: reduce(operator.mul, range(1, n + 1), 1),
    "prod": lambda n: math.prod(range(1, n + 1)),
}


async def main():
    for name, fn in impls.items():
        await asyncio.sleep(0.01)
        print(f"{name:>6}:", [operator.call(fn, n) for n in range(7)])
    get_value = operator.itemgetter(1)
    pairs = [(n, operator.call(partial(math.perm, n), n)) for n in (3, 4)]
    print(list(map(get_value, pairs)), operator.methodcaller("bit_length")(720))


asyncio.run(main())
