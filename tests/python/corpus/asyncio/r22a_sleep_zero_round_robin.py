# sleep(0) yields to the other ready tasks in round-robin order.
import asyncio

trace = []

async def worker(name, steps):
    for i in range(steps):
        trace.append(f'{name}{i}')
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(worker('a', 3), worker('b', 2), worker('c', 4))
    print(' '.join(trace))

asyncio.run(main())
# (end of the program)
