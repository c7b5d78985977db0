# A third-party package imported for an asyncio example.
import asyncio
import aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        print(s)

asyncio.run(main())
