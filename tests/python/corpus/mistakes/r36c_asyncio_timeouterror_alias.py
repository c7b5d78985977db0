# raising asyncio.TimeoutError by hand when the retry budget runs out
import asyncio

async def attempt(n):
    await asyncio.sleep(0.01)
    return n >= 5

async def main():
    for n in range(3):
        if await attempt(n):
            return n
        print("attempt", n, "failed")
    print(asyncio.TimeoutError is TimeoutError)
    raise asyncio.TimeoutError("retries exhausted")

asyncio.run(main())
