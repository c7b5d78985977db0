# asyncio.Runner lets me run several factorial batches on the same loop.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def batch(nums):
    return await asyncio.gather(*(factorial(n) for n in nums))


with asyncio.Runner() as runner:
    loop1 = runner.get_loop()
    print(runner.run(batch([3, 4])))
    print(runner.run(batch([5, 6, 7])))
    print("same loop:", runner.get_loop() is loop1)
print("loop closed after with:", loop1.is_closed())
try:
    runner.run(batch([1]))
except RuntimeError as e:
    print("RuntimeError:", e)
