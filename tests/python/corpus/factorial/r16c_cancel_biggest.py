# The biggest factorial is cancelled after 0.5 s; the rest are printed
import asyncio

async def factorial(n):
    f = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            f *= i
    except asyncio.CancelledError:
        print(f'factorial({n}) cancelled at {f}')
        raise
    return f

async def calculate_factorials(numbers):
    tasks = {n: asyncio.create_task(factorial(n)) for n in numbers}
    await asyncio.sleep(0.5)
    tasks[max(numbers)].cancel()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for n, r in zip(tasks, results):
        print(n, repr(r))

asyncio.run(calculate_factorials([5, 7, 3, 6]))
