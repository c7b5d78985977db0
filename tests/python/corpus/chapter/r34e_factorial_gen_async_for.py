# factorial as an async generator that yields each partial product
import asyncio

async def factorial_steps(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        f *= i
        yield i, f

async def show(n):
    steps = [f'{i}:{f}' async for i, f in factorial_steps(n)]
    return f'{n}! steps ' + ' '.join(steps)

async def calculate_factorials(numbers):
    for line in await asyncio.gather(*map(show, numbers)):
        print(line)

asyncio.run(calculate_factorials([5, 3, 1, 0]))
