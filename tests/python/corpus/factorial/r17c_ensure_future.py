# ensure_future from an older tutorial, with the tasks' reprs before they run
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def calculate_factorials(numbers):
    futures = [asyncio.ensure_future(factorial(n)) for n in numbers]
    print(type(futures[0]).__name__, futures[0].done())
    done = await asyncio.gather(*futures)
    print(done)
    print([f.result() for f in futures] == done)


asyncio.run(calculate_factorials([5, 7, 3, 6]))
