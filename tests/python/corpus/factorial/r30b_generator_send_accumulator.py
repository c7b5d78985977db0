# A generator-based accumulator fed with send(); the async code drives it.
import asyncio


def running_product():
    total = 1
    while True:
        x = yield total
        if x is None:
            return total
        total *= x


async def factorial(n):
    acc = running_product()
    next(acc)
    value = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        value = acc.send(i)
    try:
        acc.send(None)
    except StopIteration as e:
        print(f"generator returned {e.value} for {n}")
    return value


async def main():
    print(await asyncio.gather(factorial(4), factorial(5)))
    g = running_product()
    g.send(3)


asyncio.run(main())
