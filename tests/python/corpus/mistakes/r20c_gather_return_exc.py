# gather with return_exceptions=True then re-raise one
import asyncio

async def w(i):
    await asyncio.sleep(0)
    if i == 1:
        raise ValueError(f"w{i} failed")
    if i == 2:
        raise asyncio.CancelledError()
    return i

async def main():
    res = await asyncio.gather(w(0), w(1), w(2), return_exceptions=True)
    print(res)
    for r in res:
        if isinstance(r, BaseException):
            raise r

asyncio.run(main())
