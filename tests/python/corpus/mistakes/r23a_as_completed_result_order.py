import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    results = []
    for fut in asyncio.as_completed([job(3), job(1), job(2)]):
        results.append(await fut)
    print("results:", results)
    assert results == [3, 1, 2], "expected results in submission order"

asyncio.run(main())
