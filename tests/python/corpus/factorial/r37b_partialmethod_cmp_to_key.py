# functools.partialmethod for preset factorial helpers and cmp_to_key for a custom sort of results.
import asyncio
import math
from functools import partialmethod, cmp_to_key, partial


class Calc:
    async def power_fact(self, n, power):
        await asyncio.sleep(0.005)
        return math.factorial(n) ** power

    square_fact = partialmethod(power_fact, power=2)
    cube_fact = partialmethod(power_fact, power=3)


def by_digits_then_desc(a, b):
    da, db = len(str(a)), len(str(b))
    if da != db:
        return da - db
    return (b > a) - (b < a)


async def main():
    c = Calc()
    print(await c.square_fact(4), await c.cube_fact(3), await c.power_fact(3, power=1))
    values = [math.factorial(n) for n in (4, 3, 7, 5, 6, 9)]
    print(sorted(values, key=cmp_to_key(by_digits_then_desc)))
    p = partial(c.power_fact, power=2)
    print(p.args, p.keywords, await p(5))
    print(await c.square_fact(5, 3))


asyncio.run(main())
