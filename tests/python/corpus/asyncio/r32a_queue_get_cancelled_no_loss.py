# A cancelled Queue.get does not lose an item that was just put
import asyncio

async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("precious")
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled")
    else:
        print("getter got", getter.result())
    print("left in queue:", q.qsize(), list(q._queue))

asyncio.run(main())
