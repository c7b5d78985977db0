# gather of gathers: results nest as lists in argument order.
import asyncio

async def val(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    inner1 = asyncio.gather(val(1, 0.03), val(2, 0.01))
    inner2 = asyncio.gather(val('a', 0.02))
    print(await asyncio.gather(inner1, inner2, val(None, 0)))

asyncio.run(main())
