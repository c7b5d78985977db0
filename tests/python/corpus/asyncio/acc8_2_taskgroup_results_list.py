# Collecting results from a TaskGroup's tasks after the block; the order is the creation order.
import asyncio

async def fetch(n):
    await asyncio.sleep((5 - n) / 100)
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n), name=f'fetch{n}') for n in range(5)]
    print([t.result() for t in tasks])
    print(all(t.done() for t in tasks), tasks[0].get_name())

asyncio.run(main())
