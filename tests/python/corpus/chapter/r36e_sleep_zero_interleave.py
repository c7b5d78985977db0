# two counters that yield with sleep(0) every step; I record who ran when
import asyncio

trace = []

async def counter(name, n, every):
    for i in range(n):
        trace.append(f'{name}{i}')
        if i % every == 0:
            await asyncio.sleep(0)
    return name

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(trace.append, 'cb1')
    results = await asyncio.gather(counter('a', 5, 1), counter('b', 6, 2))
    loop.call_soon(trace.append, 'cb2')
    await asyncio.sleep(0)
    print(results)
    print(' '.join(trace))

asyncio.run(main())
