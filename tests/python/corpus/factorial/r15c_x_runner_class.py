# asyncio.Runner (3.11) runs several factorial batches on one loop
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def batch(numbers):
    return await asyncio.gather(*map(factorial, numbers))

with asyncio.Runner() as runner:
    print(runner.run(batch([3, 4])))
    print(runner.run(batch([5, 6, 7])))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
