# Three gathered results unpacked into two names.
import asyncio

async def get(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    a, b = await asyncio.gather(get(1), get(2), get(3))
    print(a, b)

asyncio.run(main())
