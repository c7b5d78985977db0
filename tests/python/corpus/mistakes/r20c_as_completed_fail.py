# error from as_completed loop
import asyncio

async def job(n):
    await asyncio.sleep(n * 0.01)
    if n == 2:
        return 1 / (n - 2)
    return n

async def main():
    for fut in asyncio.as_completed([job(3), job(1), job(2)]):
        r = await fut
        print("got", r)

asyncio.run(main())
