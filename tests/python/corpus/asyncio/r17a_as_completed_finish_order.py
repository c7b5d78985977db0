# as_completed yields awaitables in the order the work finishes
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f'{name} after {delay}s'

async def main():
    jobs = [fetch('a', 0.3), fetch('b', 0.1), fetch('c', 0.2)]
    for i, fut in enumerate(asyncio.as_completed(jobs), 1):
        print(i, await fut)

asyncio.run(main())
