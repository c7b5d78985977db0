# Results collected by done-callbacks into a dict, using functools.partial to pass the number.
import asyncio
import functools

results = {}


def store(n, task):
    results[n] = task.result()
    print(f"callback: {n}! stored ({len(results)} so far)")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        r *= i
    return r


async def main():
    tasks = []
    for n in [5, 3, 8]:
        t = asyncio.create_task(factorial(n))
        t.add_done_callback(functools.partial(store, n))
        tasks.append(t)
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    print(dict(sorted(results.items())))


asyncio.run(main())
