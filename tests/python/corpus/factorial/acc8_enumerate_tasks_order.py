# Tasks made with enumerate, then awaited in reverse; each prints its index.
import asyncio

async def factorial(i, n):
    r = 1
    for k in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= k
    print(f"task {i} finished")
    return r

async def main():
    tasks = [asyncio.create_task(factorial(i, n)) for i, n in enumerate([4, 1, 3])]
    for t in reversed(tasks):
        print("awaited", await t)
    print([t.get_name()[:5] for t in tasks])

asyncio.run(main())
