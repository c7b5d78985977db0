# An async generator yields each partial product; async for reads them
import asyncio


async def factorial_steps(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        f *= i
        yield i, f


async def factorial(n):
    last = 1
    async for i, f in factorial_steps(n):
        last = f
    return last


async def calculate_factorials(numbers):
    async for step in factorial_steps(4):
        print('step', step)
    print([await factorial(n) for n in numbers])
    print(await asyncio.gather(*[factorial(n) for n in numbers]))


asyncio.run(calculate_factorials([3, 4]))
