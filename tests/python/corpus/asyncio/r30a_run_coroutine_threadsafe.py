# A worker thread submits coroutines to the running loop with run_coroutine_threadsafe
import asyncio
import threading

async def double(x):
    await asyncio.sleep(0.01)
    return 2 * x

def thread_body(loop, out):
    for i in range(3):
        fut = asyncio.run_coroutine_threadsafe(double(i), loop)
        out.append(fut.result(timeout=2))
    loop.call_soon_threadsafe(print, "hello from call_soon_threadsafe")

async def main():
    loop = asyncio.get_running_loop()
    out = []
    th = threading.Thread(target=thread_body, args=(loop, out))
    th.start()
    await asyncio.to_thread(th.join)
    await asyncio.sleep(0.01)
    print(out)

asyncio.run(main())
