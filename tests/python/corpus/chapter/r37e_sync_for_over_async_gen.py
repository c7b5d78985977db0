# plain for loop over an async generator of results
import asyncio

async def results():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i * i

async def main():
    total = 0
    for r in results():
        total += r
    print(total)

asyncio.run(main())
