# time.sleep inside coroutines makes gather run them one after another.
import asyncio
import time

async def worker(name, delay):
    print("start", name)
    time.sleep(delay)
    print("end", name)
    return name

async def main():
    print(await asyncio.gather(worker("a", 0.05), worker("b", 0.02)))

asyncio.run(main())
