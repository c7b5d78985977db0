# yield from inside an async def, copied from old generator-based code.
import asyncio

async def relay():
    yield from asyncio.sleep(0.01)

async def main():
    await relay()

asyncio.run(main())
