# A worker thread uses run_coroutine_threadsafe to call back into the main loop
import asyncio, threading
async def record(x):
    await asyncio.sleep(0.05)
    return x * 2
def worker(loop, out):
    for i in range(3):
        f = asyncio.run_coroutine_threadsafe(record(i), loop)
        out.append(f.result())
async def main():
    loop = asyncio.get_running_loop()
    out = []
    await asyncio.to_thread(worker, loop, out)
    print(out)
asyncio.run(main())
