# as_completed over tasks with distinct delays yields them in finishing order; the tasks keep their names.
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    tasks = [asyncio.create_task(job(n), name=f'job-{n}') for n in (4, 2, 3, 1)]
    order = []
    for f in asyncio.as_completed(tasks):
        order.append(await f)
    print(order)
    print([t.get_name() for t in tasks])

asyncio.run(main())
