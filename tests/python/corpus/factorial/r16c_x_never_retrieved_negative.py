# create_task for each number; the negative one fails and is never awaited
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'{n} is negative')
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in [4, -1, 3]]
    await asyncio.sleep(0.3)
    print(tasks[0].result(), tasks[2].result())
    print('forgot about the middle one')

asyncio.run(main())
print('after run')
