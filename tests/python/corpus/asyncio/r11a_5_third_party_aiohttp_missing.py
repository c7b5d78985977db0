import asyncio

try:
    import aiohttp
except ImportError as e:
    print(type(e).__name__, e, e.name)


async def main():
    import aiofiles


asyncio.run(main())
