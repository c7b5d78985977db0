# async for over an ordinary list.
import asyncio

async def main():
    urls = ["a", "b"]
    async for u in urls:
        print(u)

asyncio.run(main())
