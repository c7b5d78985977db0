import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def main():
    nums = [int(x) for x in input('numbers: ').split()]
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(factorial(n)) for n in nums]
    except* ValueError as eg:
        for e in eg.exceptions:
            print('error:', e)
        return
    for n, t in zip(nums, tasks):
        print(n, t.result())

asyncio.run(main())
asyncio.run(main())
