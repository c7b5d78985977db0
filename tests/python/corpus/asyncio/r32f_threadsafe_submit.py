# run_coroutine_threadsafe: a worker thread submits coroutines to the running loop
import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

def thread_body(loop, results):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    results.append(fut.result(timeout=2))
    loop.call_soon_threadsafe(print, "hello from call_soon_threadsafe")

async def main():
    loop = asyncio.get_running_loop()
    results = []
    th = threading.Thread(target=thread_body, args=(loop, results))
    th.start()
    await asyncio.to_thread(th.join)
    await asyncio.sleep(0.01)
    print("results:", results)

asyncio.run(main())
