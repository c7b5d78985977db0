# A background thread signals an asyncio.Event via call_soon_threadsafe (Event is not thread-safe).
import asyncio
import threading
import time

def sensor_thread(loop, event, readings):
    for v in (20.5, 21.0, 25.5):
        time.sleep(0.02)
        readings.append(v)
    loop.call_soon_threadsafe(event.set)

async def main():
    loop = asyncio.get_running_loop()
    ready = asyncio.Event()
    readings = []
    th = threading.Thread(target=sensor_thread, args=(loop, ready, readings), daemon=True)
    th.start()
    await asyncio.wait_for(ready.wait(), timeout=2)
    th.join()
    print("readings:", readings, "max:", max(readings))
    print("event set:", ready.is_set())

asyncio.run(main())
