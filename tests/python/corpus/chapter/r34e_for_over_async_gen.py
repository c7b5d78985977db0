# used a plain for loop over my async generator of results
import asyncio

async def results():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i * i

async def main():
    for r in results():
        print(r)

asyncio.run(main())
