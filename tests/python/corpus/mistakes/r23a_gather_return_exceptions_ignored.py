import asyncio

async def parse(text):
    await asyncio.sleep(0)
    return int(text)

async def main():
    results = await asyncio.gather(*(parse(t) for t in ["1", "x", "3"]), return_exceptions=True)
    print(results)
    print("sum:", sum(results))

asyncio.run(main())
