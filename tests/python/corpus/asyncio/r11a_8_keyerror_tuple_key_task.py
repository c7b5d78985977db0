import asyncio

GRID = {(0, 0): "start", (0, 1): "wall"}


async def look(x, y):
    await asyncio.sleep(0)
    return GRID[x, y]


async def main():
    print(await look(0, 0))
    results = await asyncio.gather(look(0, 1), look(5, 5), return_exceptions=True)
    print(results, [str(r) for r in results])
    await look(1, 2)


asyncio.run(main())
