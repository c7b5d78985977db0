# Inspect the async factorial function: signature, annotations, and what kind of object it is.
import asyncio
import functools
import inspect
from typing import get_type_hints


async def factorial(n: int, *, delay: float = 0.01) -> int:
    """Return n! slowly."""
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        r *= i
    return r


async def main():
    print(inspect.signature(factorial))
    print(factorial.__annotations__)
    print(get_type_hints(factorial))
    print(inspect.iscoroutinefunction(factorial), asyncio.iscoroutinefunction(factorial))
    quick = functools.partial(factorial, delay=0.001)
    print(inspect.iscoroutinefunction(quick), inspect.signature(quick))
    c = factorial(5)
    print(inspect.iscoroutine(c), inspect.isawaitable(c), asyncio.iscoroutine(c))
    print(await c, await quick(6), factorial.__doc__, factorial.__qualname__)
    print(inspect.signature(factorial).bind(5, delay=1).arguments)
    inspect.signature(factorial).bind(5, 1)


asyncio.run(main())
