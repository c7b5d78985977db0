# Forgot await on queue.get(), so the item is a coroutine.
import asyncio

async def main():
    q = asyncio.Queue()
    await q.put("job-1")
    item = q.get()
    print("got", type(item).__name__)
    print(item.upper())

asyncio.run(main())
