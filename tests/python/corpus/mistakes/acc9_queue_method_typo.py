# A misspelt Queue method.
import asyncio

async def main():
    q = asyncio.Queue()
    await q.put(1)
    item = await q.gett()
    print(item)

asyncio.run(main())
