# The task of the biggest number is cancelled after 0.3 s; the others finish
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def calculate_factorials(numbers):
    tasks = {n: asyncio.create_task(factorial(n)) for n in numbers}
    await asyncio.sleep(0.3)
    tasks[max(numbers)].cancel()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for n, r in zip(tasks, results):
        print(n, type(r).__name__ if isinstance(r, BaseException) else r)
    print(tasks[max(numbers)].cancelled())


asyncio.run(calculate_factorials([5, 7, 3]))
