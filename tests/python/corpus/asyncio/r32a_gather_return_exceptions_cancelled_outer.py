# gather(return_exceptions=True) cancelled from outside still raises CancelledError
import asyncio

async def slow(i):
    await asyncio.sleep(1)
    return i

async def main():
    g = asyncio.gather(slow(1), slow(2), return_exceptions=True)
    asyncio.get_running_loop().call_later(0.01, g.cancel)
    try:
        print(await g)
    except asyncio.CancelledError:
        print("CancelledError despite return_exceptions")

asyncio.run(main())
