# Student uses TaskGroup; one negative input raises and harness inspects the ExceptionGroup.
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r

async def solution(nums):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(factorial(n)) for n in nums]
    return [t.result() for t in tasks]

async def harness():
    print(await solution([3, 4]))
    try:
        await solution([3, -2, 5, -7])
    except* ValueError as eg:
        print('group:', type(eg).__name__, len(eg.exceptions))
        for e in sorted(eg.exceptions, key=str):
            print('  ', repr(e))
    print('harness done')

asyncio.run(harness())
