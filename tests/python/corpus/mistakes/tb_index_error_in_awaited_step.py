import asyncio
async def step(n):
    await asyncio.sleep(0)
    return [1, 2, 3][n]
async def pipeline():
    total = 0
    for i in range(5):
        total += await step(i)
    return total
async def main():
    results = await asyncio.gather(pipeline(), return_exceptions=False)
    print(results)
asyncio.run(main())
