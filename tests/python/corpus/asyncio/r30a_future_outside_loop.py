# Making futures and locks outside of any running loop, then using them in asyncio.run
import asyncio

lock = asyncio.Lock()
queue = asyncio.Queue()
event = asyncio.Event()

async def main():
    async with lock:
        queue.put_nowait("item")
        event.set()
    print(await queue.get(), event.is_set())

asyncio.run(main())
asyncio.run(main())
f = asyncio.Future()
print(f.done())
