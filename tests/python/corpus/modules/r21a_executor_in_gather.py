# Five blocking calls through run_in_executor run together
import asyncio, time
from concurrent.futures import ThreadPoolExecutor
def fetch(i):
    time.sleep(0.2)
    return f"page{i}"
async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    with ThreadPoolExecutor(5) as pool:
        pages = await asyncio.gather(*(loop.run_in_executor(pool, fetch, i) for i in range(5)))
    print(pages)
    print("about", round(time.monotonic() - t0, 1))
asyncio.run(main())
