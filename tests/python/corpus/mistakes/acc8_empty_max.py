# max of an empty list of results.
import asyncio

async def main():
    results = await asyncio.gather()
    print(results, sum(results))
    print(max(results))

asyncio.run(main())
