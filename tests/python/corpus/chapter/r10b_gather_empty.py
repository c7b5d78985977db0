# gather with nothing in it.
import asyncio

async def main():
    results = await asyncio.gather()
    print('results:', results, type(results).__name__)
    results = await asyncio.gather(*[])
    print(len(results))

asyncio.run(main())
