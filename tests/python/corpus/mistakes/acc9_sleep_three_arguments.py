# asyncio.sleep given three arguments.
import asyncio

async def main():
    await asyncio.sleep(0.1, "done", 1)

asyncio.run(main())
