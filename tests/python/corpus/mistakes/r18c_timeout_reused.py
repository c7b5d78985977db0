import asyncio


async def fetch(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    budget = asyncio.timeout(1)
    async with budget:
        print(await fetch(1))
    async with budget:
        print(await fetch(2))


asyncio.run(main())
