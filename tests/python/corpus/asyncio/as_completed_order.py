# as_completed yields awaitables in the order the work finishes (it starts the
# coroutines in an order that depends on their addresses, so they print nothing when they start).
import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    return f'{name} ({delay}s)'

async def main():
    jobs = [work('A', 0.3), work('B', 0.1), work('C', 0.2)]
    for i, next_done in enumerate(asyncio.as_completed(jobs), 1):
        print(i, await next_done)
    tasks = [asyncio.create_task(work(n, d)) for n, d in (('x', 0.2), ('y', 0.1))]
    print([await f for f in asyncio.as_completed(tasks)])

asyncio.run(main())
