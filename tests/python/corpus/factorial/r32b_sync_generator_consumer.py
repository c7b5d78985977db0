# A plain generator of factorials consumed inside a coroutine, pausing between values.
import asyncio
from itertools import islice, count


def factorials():
    """Yield 0!, 1!, 2!, ... forever."""
    value = 1
    yield value
    for n in count(1):
        value *= n
        yield value


async def show(limit):
    for n, f in enumerate(islice(factorials(), limit)):
        print(f"{n}! = {f}")
        await asyncio.sleep(0.01)
    return limit


async def main():
    print(factorials.__doc__)
    shown = await show(8)
    print("shown", shown, "values")
    gen = factorials()
    print(next(gen), next(gen), next(gen), next(gen))


asyncio.run(main())
