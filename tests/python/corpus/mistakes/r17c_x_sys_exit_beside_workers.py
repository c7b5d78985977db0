# sys.exit in one of three workers that wake together: the others never print their line
import asyncio
import sys


async def worker(name, n):
    await asyncio.sleep(0.1)
    if n == 0:
        print(name, 'gives up')
        sys.exit(1)
    print(name, 'finished', n)
    return n


async def main():
    results = await asyncio.gather(worker('A', 0), worker('B', 2), worker('C', 3))
    print(results)


asyncio.run(main())
