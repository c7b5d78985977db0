# Workers log progress to stderr and results to stdout.
import asyncio
import sys

async def worker(n):
    print(f'worker {n} starting', file=sys.stderr)
    await asyncio.sleep(0.1 * n)
    print(f'worker {n} result {n * n}')
    sys.stderr.write(f'worker {n} done\n')
    return n * n

async def main():
    r = await asyncio.gather(worker(1), worker(2))
    n = sys.stdout.write(f'total {sum(r)}\n')
    print('wrote', n, 'chars')

asyncio.run(main())
