# A task that never awaits in its loop starves the others until it ends.
import asyncio

async def greedy(out):
    for i in range(3):
        out.append(f'greedy {i}')
    return 'greedy done'

async def polite(out):
    for i in range(3):
        out.append(f'polite {i}')
        await asyncio.sleep(0)
    return 'polite done'

async def main():
    out = []
    print(await asyncio.gather(polite(out), greedy(out)))
    print(out)

asyncio.run(main())
