# three workers taking turns with sleep(0), printing a trace
import asyncio

trace = []

async def worker(name, steps):
    for i in range(steps):
        trace.append(f'{name}{i}')
        await asyncio.sleep(0)
    return name * steps

async def main():
    r = await asyncio.gather(worker('a', 3), worker('b', 1), worker('c', 2))
    print(r)
    print(' '.join(trace))

asyncio.run(main())
