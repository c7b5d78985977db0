# yield from inside an async def.
import asyncio

async def numbers():
    yield from range(3)
