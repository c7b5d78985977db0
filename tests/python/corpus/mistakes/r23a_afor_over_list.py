import asyncio

async def main():
    urls = ["a.com", "b.com"]
    async for url in urls:
        await asyncio.sleep(0)
        print("visiting", url)

asyncio.run(main())
