# async for over an ordinary list.
import asyncio

async def main():
    urls = ["a", "b"]
    async for url in urls:
        print(url)

asyncio.run(main())
