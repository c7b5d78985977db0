# Calling asyncio.run from inside a coroutine (the factorial helper runs its own loop).
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


def compute(n):
    return asyncio.run(factorial(n))


async def calculate_factorials(numbers):
    print(compute(3) if False else "skipping")
    return [compute(n) for n in numbers]


print(compute(5))
print(asyncio.run(calculate_factorials([4, 6])))
