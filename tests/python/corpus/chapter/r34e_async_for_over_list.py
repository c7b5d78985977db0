# I thought async for was needed for anything inside async def
import asyncio

async def main():
    results = await asyncio.gather(asyncio.sleep(0.01, 'a'), asyncio.sleep(0.02, 'b'))
    async for r in results:
        print(r)

asyncio.run(main())
