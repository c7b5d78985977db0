# I built the list of jobs first and handed the list itself to gather.
import asyncio


async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def calculate_factorials(numbers):
    jobs = [factorial(n) for n in numbers]
    print("made", len(jobs), "jobs")
    results = await asyncio.gather(jobs)
    print(results)


asyncio.run(calculate_factorials([5, 7, 3, 6]))
