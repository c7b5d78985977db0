# asyncio.Runner (3.11) runs two batches of factorials on one loop
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def batch(numbers):
    return dict(zip(numbers, await asyncio.gather(*map(factorial, numbers))))


with asyncio.Runner() as runner:
    print(runner.run(batch([3, 4])))
    loop = runner.get_loop()
    print(runner.run(batch([5, 2])))
    print(loop is runner.get_loop(), loop.is_closed())
print(loop.is_closed())
