# asyncio.Runner (3.11) runs several factorial batches on the same loop.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def batch(nums):
    return await asyncio.gather(*map(factorial, nums))


with asyncio.Runner() as runner:
    print(runner.run(batch([1, 2, 3])))
    print(runner.run(batch([10, 11])))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
