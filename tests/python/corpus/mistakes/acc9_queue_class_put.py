# asyncio.Queue used without making one.
import asyncio

async def main():
    q = asyncio.Queue
    await q.put(1)

asyncio.run(main())
