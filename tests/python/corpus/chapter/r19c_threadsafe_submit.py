# A worker thread hands work to the event loop with run_coroutine_threadsafe
import asyncio
import threading

async def compute(x):
    await asyncio.sleep(0.05)
    return x * x

def thread_body(loop, results):
    for x in range(3):
        fut = asyncio.run_coroutine_threadsafe(compute(x), loop)
        results.append(fut.result(timeout=2))
    loop.call_soon_threadsafe(print, "thread finished")

async def main():
    loop = asyncio.get_running_loop()
    results = []
    th = threading.Thread(target=thread_body, args=(loop, results))
    th.start()
    while th.is_alive():
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.05)
    th.join()
    print("results:", results)

asyncio.run(main())
