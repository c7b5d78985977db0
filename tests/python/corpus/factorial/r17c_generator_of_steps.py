# The partial products come from a generator; the coroutine sleeps after each one
import asyncio


def partials(n):
    p = 1
    yield p
    for i in range(1, n + 1):
        p *= i
        yield p


async def factorial(n):
    last = None
    for p in partials(n):
        last = p
        await asyncio.sleep(0.1)
    return last


async def calculate_factorials(numbers):
    print(list(partials(5)))
    print(await asyncio.gather(*[factorial(n) for n in numbers]))


asyncio.run(calculate_factorials([5, 3, 0]))
