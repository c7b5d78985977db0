import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

def from_thread(loop, results):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    results.append(fut.result(timeout=2))
    loop.call_soon_threadsafe(print, "hello from the thread's callback")

async def main():
    loop = asyncio.get_running_loop()
    results = []
    t = threading.Thread(target=from_thread, args=(loop, results))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.01)
    print("results:", results)

asyncio.run(main())
