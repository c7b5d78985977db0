# Sorting tasks instead of their results.
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1)]
    await asyncio.wait(tasks)
    print(sorted(tasks))

asyncio.run(main())
