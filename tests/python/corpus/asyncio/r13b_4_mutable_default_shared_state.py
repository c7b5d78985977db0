import asyncio

async def collect(item, bucket=[]):
    await asyncio.sleep(0)
    bucket.append(item)
    return bucket

async def main():
    a = await collect("x")
    b = await collect("y")
    print(a, b, a is b)
    results = await asyncio.gather(collect(1, []), collect(2, []))
    print(results)

asyncio.run(main())
