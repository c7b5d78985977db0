# Exploring what asyncio.as_completed hands back: the iterator itself and each item in it.
import asyncio
import inspect


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.1 * n)
    return n, r


async def main():
    it = asyncio.as_completed([factorial(3), factorial(1), factorial(2)])
    print("iterator type:", type(it).__name__)
    print("is generator:", inspect.isgenerator(it), "asyncio.iscoroutine:", asyncio.iscoroutine(it))
    print("has __next__:", hasattr(it, "__next__"), "iter(it) is it:", iter(it) is it)
    first = next(it)
    print("item type:", type(first).__name__, "is coroutine:", inspect.iscoroutine(first))
    print("item name:", first.__name__)
    print("first done:", await first)
    for item in it:
        print("next done:", await item)
    print("exhausted:", next(it, "nothing left"))


asyncio.run(main())
