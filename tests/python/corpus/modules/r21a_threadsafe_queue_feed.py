# A thread feeds an asyncio.Queue through call_soon_threadsafe
import asyncio, threading, time
def sensor(loop, q):
    for i in range(3):
        time.sleep(0.1)
        loop.call_soon_threadsafe(q.put_nowait, f"reading {i}")
    loop.call_soon_threadsafe(q.put_nowait, None)
async def main():
    q = asyncio.Queue()
    t = threading.Thread(target=sensor, args=(asyncio.get_running_loop(), q))
    t.start()
    while (item := await q.get()) is not None:
        print("got", item)
    t.join()
    print("sensor done")
asyncio.run(main())
