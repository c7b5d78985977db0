# gather with return_exceptions=True, then the results summed with an exception in them
import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def main():
    results = await asyncio.gather(parse("1"), parse("x"), parse("3"), return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(sum(results))

asyncio.run(main())
