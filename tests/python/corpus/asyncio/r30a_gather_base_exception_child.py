# gather(return_exceptions=True) with a child raising SystemExit
import asyncio

async def normal():
    await asyncio.sleep(0.05)
    return "normal"

async def exits():
    await asyncio.sleep(0.01)
    raise SystemExit(7)

async def main():
    res = await asyncio.gather(normal(), exits(), return_exceptions=True)
    print(res)

asyncio.run(main())
print("after run")
