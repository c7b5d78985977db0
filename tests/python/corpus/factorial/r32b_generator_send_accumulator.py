# A generator-based accumulator fed with send() from a coroutine, yield from delegating.
import asyncio


def multiplier():
    total = 1
    while True:
        x = yield total
        if x is None:
            return total
        total *= x


def wrapped():
    final = yield from multiplier()
    print("inner generator returned", final)
    yield f"final={final}"


async def factorial(n):
    acc = wrapped()
    next(acc)
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        current = acc.send(i)
    print(f"running product: {current}")
    return acc.send(None)


async def main():
    print(await factorial(5))
    g = multiplier()
    next(g)
    g.send(3)
    try:
        g.send(None)
    except StopIteration as s:
        print("StopIteration value", s.value)


asyncio.run(main())
