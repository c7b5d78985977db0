# get_nowait on an empty queue raises QueueEmpty.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    print(q.get_nowait())
    try:
        q.put_nowait("b")
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("queue full")
    q.get_nowait()
    q.get_nowait()

asyncio.run(main())
