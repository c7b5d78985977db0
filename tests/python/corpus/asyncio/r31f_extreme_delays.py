# Extreme sleeps: infinity and huge delays under a timeout, float counts for primitives
import asyncio

async def main():
    for d in (float("inf"), 10**12, 1e300):
        try:
            await asyncio.wait_for(asyncio.sleep(d), timeout=0.01)
        except asyncio.TimeoutError:
            print(f"sleep({d!r}) timed out")
    async with asyncio.timeout(float("inf")):
        await asyncio.sleep(0.01)
    print("infinite timeout ok")
    sem = asyncio.Semaphore(2.0)
    async with sem:
        print("float semaphore value:", sem._value)
    q = asyncio.Queue(maxsize=1.5)
    q.put_nowait(1)
    q.put_nowait(2)
    print("qsize", q.qsize(), "full", q.full())

asyncio.run(main())
