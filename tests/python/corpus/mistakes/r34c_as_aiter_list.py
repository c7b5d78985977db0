# Trying async for over a normal list of URLs
import asyncio

async def main():
    urls = ["a.com", "b.org"]
    async for url in urls:
        await asyncio.sleep(0.01)
        print("fetched", url)

asyncio.run(main())
