# A background thread feeds an asyncio.Queue through loop.call_soon_threadsafe
import asyncio
import threading
import time

def sensor_thread(loop, q, n):
    for i in range(n):
        time.sleep(0.01)
        loop.call_soon_threadsafe(q.put_nowait, {"reading": i * 1.5})
    loop.call_soon_threadsafe(q.put_nowait, None)

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    th = threading.Thread(target=sensor_thread, args=(loop, q, 4), name="sensor", daemon=True)
    th.start()
    total = 0.0
    while (msg := await q.get()) is not None:
        print("got", msg)
        total += msg["reading"]
    th.join()
    print("total", total, "thread alive:", th.is_alive(), th.name)

asyncio.run(main())
