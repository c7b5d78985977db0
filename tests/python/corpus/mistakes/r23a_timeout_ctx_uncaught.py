import asyncio

async def fetch_page(n):
    await asyncio.sleep(0.1 * n)
    return f"page{n}"

async def main():
    async with asyncio.timeout(0.45):
        for n in range(1, 10):
            print(await fetch_page(n))

asyncio.run(main())
