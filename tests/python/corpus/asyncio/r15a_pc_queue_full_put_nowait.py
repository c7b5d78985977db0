# put_nowait on a full queue raises QueueFull; the producer drops and counts
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    dropped = 0
    for i in range(5):
        try:
            q.put_nowait(i)
        except asyncio.QueueFull:
            dropped += 1
            print(f"queue full, dropped {i}")
    print("kept:", [q.get_nowait() for _ in range(q.qsize())], "dropped:", dropped)
    print(repr(asyncio.QueueFull()), issubclass(asyncio.QueueFull, Exception))

asyncio.run(main())
