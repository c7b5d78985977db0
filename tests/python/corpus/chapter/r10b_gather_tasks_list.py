# Tasks created first, then gathered.
import asyncio

async def worker(n):
    print('start', n)
    await asyncio.sleep(0.02 * (3 - n))
    print('end', n)
    return n * n

async def main():
    tasks = [asyncio.create_task(worker(n), name=f'w{n}') for n in range(3)]
    print([t.get_name() for t in tasks])
    results = await asyncio.gather(*tasks)
    print(results)
    print(all(t.done() for t in tasks))

asyncio.run(main())
