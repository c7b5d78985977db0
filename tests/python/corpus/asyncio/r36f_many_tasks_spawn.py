# Spawn thousands of tasks that each sleep briefly, to show how cheap tasks are.
import asyncio

async def tiny(i):
    await asyncio.sleep(0.05)
    return i % 7

async def main():
    tasks = [asyncio.create_task(tiny(i)) for i in range(5000)]
    print("created", len(tasks), "tasks; running:", len(asyncio.all_tasks()))
    results = await asyncio.gather(*tasks)
    print("sum:", sum(results), "counts:", [results.count(k) for k in range(7)])
    print("all done:", len(results), "tasks left:", len(asyncio.all_tasks()))

asyncio.run(main())
