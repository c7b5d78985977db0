# Cooperative round robin with sleep(0): three counters interleave.
import asyncio

async def counter(name, n, out):
    for i in range(n):
        out.append(f'{name}{i}')
        await asyncio.sleep(0)

async def main():
    out = []
    await asyncio.gather(counter('a', 3, out), counter('b', 2, out), counter('c', 4, out))
    print(' '.join(out))

asyncio.run(main())
