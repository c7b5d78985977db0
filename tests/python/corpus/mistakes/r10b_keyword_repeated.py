# return_exceptions given twice.
import asyncio

async def w():
    return 1

async def main():
    r = await asyncio.gather(w(), return_exceptions=True, return_exceptions=False)
    print(r)

asyncio.run(main())
