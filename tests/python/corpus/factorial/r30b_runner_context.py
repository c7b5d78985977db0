# Using asyncio.Runner to run several batches on the same loop.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def batch(numbers):
    return dict(zip(numbers, await asyncio.gather(*map(factorial, numbers))))


with asyncio.Runner() as runner:
    first = runner.run(batch([3, 4]))
    second = runner.run(batch([5, 6]))
    loop = runner.get_loop()
    print(first, second)
    print("same loop still open:", not loop.is_closed())
print("closed after with:", loop.is_closed())
