# asyncio.sleep with unusual delays: zero, negative, a huge value under a timeout, a string
import asyncio
import math

async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-5, "negative is fine"))
    try:
        await asyncio.wait_for(asyncio.sleep(math.inf), timeout=0.01)
    except TimeoutError:
        print("infinite sleep timed out")
    try:
        await asyncio.wait_for(asyncio.sleep(1e20), 0.01)
    except Exception as e:
        print(type(e).__name__, repr(e))
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
