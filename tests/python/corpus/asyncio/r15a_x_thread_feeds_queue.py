# A threading.Thread producer feeding an asyncio.Queue through call_soon_threadsafe
import asyncio
import threading
import time

def producer(loop, q, n):
    for i in range(n):
        time.sleep(0.05)
        loop.call_soon_threadsafe(q.put_nowait, f"item-{i}")
    loop.call_soon_threadsafe(q.put_nowait, None)

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    t = threading.Thread(target=producer, args=(loop, q, 3), name="producer")
    t.start()
    while (item := await q.get()) is not None:
        print("consumed", item)
    await asyncio.to_thread(t.join)
    print("thread alive:", t.is_alive())

asyncio.run(main())
