# run_coroutine_threadsafe: an exception in the coroutine reaches the thread's result()
import asyncio, threading
async def risky(n):
    await asyncio.sleep(0.05)
    if n < 0:
        raise ValueError("negative")
    return n
def worker(loop, out):
    for n in (1, -1):
        f = asyncio.run_coroutine_threadsafe(risky(n), loop)
        try:
            out.append(f.result(timeout=2))
        except ValueError as e:
            out.append(f"error: {e}")
async def main():
    out = []
    t = threading.Thread(target=worker, args=(asyncio.get_running_loop(), out))
    t.start()
    await asyncio.to_thread(t.join)
    print(out)
asyncio.run(main())
