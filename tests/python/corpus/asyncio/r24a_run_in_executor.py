import asyncio
import time

def blocking(n):
    time.sleep(0.02)
    return n * 2

def broken():
    raise ValueError("bad in thread")

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 21)
    print("executor:", r)
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    print("to_thread:", results)
    try:
        await asyncio.to_thread(broken)
    except ValueError as e:
        print("caught from thread:", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    await loop.run_in_executor(None, blocking, 1, 2)

asyncio.run(main())
