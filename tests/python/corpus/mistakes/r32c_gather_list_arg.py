# Passing a list to gather instead of unpacking it with *.
import asyncio

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

async def main():
    coros = [square(i) for i in range(3)]
    print(await asyncio.gather(coros))

asyncio.run(main())
