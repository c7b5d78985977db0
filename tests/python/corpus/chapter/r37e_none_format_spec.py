# one worker forgot its return, then my aligned format blew up on None
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    if n != 2:
        return n * 1.5

async def main():
    results = await asyncio.gather(*(worker(n) for n in range(4)))
    print(results)
    for r in results:
        print(f'{r:>8.2f}')

asyncio.run(main())
