# A ThreadPoolExecutor with max_workers=1 runs blocking jobs one after another.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

order = []

def job(name):
    order.append(f"start {name}")
    time.sleep(0.03)
    order.append(f"end {name}")
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="serial")
    t0 = time.perf_counter()
    out = await asyncio.gather(*(loop.run_in_executor(pool, job, n) for n in ["a", "b", "c"]))
    took = time.perf_counter() - t0
    print(out)
    print(order)
    print("serialised (>= 0.09s):", took >= 0.09)
    pool.shutdown(wait=True)
    try:
        await loop.run_in_executor(pool, job, "d")
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
