# An error from as_completed's loop left uncaught: the traceback through as_completed
import asyncio

async def fetch(i):
    await asyncio.sleep(0.05 * i)
    if i == 2:
        raise ConnectionError(f"fetch {i} failed")
    return i

async def main():
    for coro in asyncio.as_completed([fetch(i) for i in (1, 2, 3)]):
        print("result", await coro)

asyncio.run(main())
