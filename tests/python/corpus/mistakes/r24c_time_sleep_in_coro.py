import asyncio
import time

async def worker(name, delay):
    print(f"{name} start")
    time.sleep(delay)
    print(f"{name} end")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(worker("a", 0.1), worker("b", 0.1), worker("c", 0.1))
    elapsed = loop.time() - start
    print("ran one after another:", elapsed >= 0.29)

asyncio.run(main())
