# wait_for around the worker.
import asyncio

async def worker():
    await asyncio.sleep(0.5)
    return 42

async def main():
    try:
        r = await asyncio.wait_for(worker(), timeout=0.05)
        print(r)
    except asyncio.TimeoutError:
        print('worker took too long')
    r = await asyncio.wait_for(worker(), timeout=1)
    print('second try:', r)

asyncio.run(main())
