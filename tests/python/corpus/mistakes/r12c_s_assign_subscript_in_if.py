# = for == comparing a gathered result.
import asyncio

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

async def main():
    results = await asyncio.gather(square(2), square(3))
    if results[0] = 4:
        print("ok")

asyncio.run(main())
