# Student uses TaskGroup; harness checks results and concurrency with time.monotonic.
import asyncio, time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n), name=f'fact-{n}') for n in numbers}
    return {n: t.result() for n, t in tasks.items()}, [t.get_name() for t in tasks.values()]

t0 = time.monotonic()
results, names = asyncio.run(calculate_factorials([5, 7, 3, 6]))
dt = time.monotonic() - t0
print(results)
print(names)
ticks = round(dt, 1)
print('ran concurrently' if ticks < 1.5 else 'ran sequentially')
print('at least 0.7 s:', dt >= 0.7)
