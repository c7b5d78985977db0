# Queue.shutdown() is from 3.13: on 3.11 it is an AttributeError
import asyncio

async def main():
    q = asyncio.Queue()
    await q.put("job")
    print(await q.get())
    q.shutdown()

asyncio.run(main())
