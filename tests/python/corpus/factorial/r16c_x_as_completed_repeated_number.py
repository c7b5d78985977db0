# The same factorial coroutine put twice in as_completed's list, and the numbers given instead of coroutines
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    # printed at the end: as_completed starts its set of tasks in CPython's order by address
    print(f'computed {n}!')
    return n, f

async def calculate_factorials(numbers):
    five = factorial(5)
    jobs = [five, factorial(3), five]
    for coro in asyncio.as_completed(jobs):
        print(await coro)
    try:
        for coro in asyncio.as_completed(numbers):
            print(await coro)
    except TypeError as e:
        print('TypeError:', e)
    print('done')

asyncio.run(calculate_factorials([5, 3]))
