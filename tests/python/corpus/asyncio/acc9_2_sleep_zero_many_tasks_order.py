# Five tasks each doing three sleep(0) steps: the round-robin order, and a task created mid-way joins at the end.
import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f'{name}{i}')
        if name == 'b' and i == 1:
            asyncio.create_task(worker('z', 2))
        await asyncio.sleep(0)

async def main():
    ts = [asyncio.create_task(worker(n, 3)) for n in 'abcde']
    await asyncio.gather(*ts)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(' '.join(log))

asyncio.run(main())
