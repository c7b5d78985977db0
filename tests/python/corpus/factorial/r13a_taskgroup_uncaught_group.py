import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'no factorial for {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in [4, -1, 6]:
            tg.create_task(factorial(n))
    print('not reached')

asyncio.run(main())
