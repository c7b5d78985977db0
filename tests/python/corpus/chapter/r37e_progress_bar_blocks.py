# a progress bar with block characters as the workers finish
import asyncio

async def worker(n):
    await asyncio.sleep(0.05 * n)
    return n

async def main():
    total = 5
    done = 0
    for fut in asyncio.as_completed([worker(n) for n in range(1, total + 1)]):
        n = await fut
        done += 1
        bar = '█' * done + '░' * (total - done)
        print(f'[{bar}] {done}/{total} {done / total:.0%}  ← worker {n} ✓')
    print('🎉 all done')

asyncio.run(main())
