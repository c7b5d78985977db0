# Mix blocking time.sleep calls moved to threads with async sleeps; results come back in order.
import asyncio
import time

def blocking_read(name, secs):
    time.sleep(secs)
    return f"{name} read after {secs}s"

async def async_step(n):
    await asyncio.sleep(0.02)
    return f"step {n}"

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_read, "disk", 0.1),
        asyncio.to_thread(blocking_read, "usb", 0.15),
        async_step(1),
        async_step(2),
    )
    elapsed = time.perf_counter() - start
    for r in results:
        print(r)
    print("concurrent:", elapsed < 0.24)

asyncio.run(main())
