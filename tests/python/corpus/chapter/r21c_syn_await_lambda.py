# await inside a lambda in an async function.
import asyncio

async def main():
    f = lambda: await asyncio.sleep(0.1)
    await f()

asyncio.run(main())
