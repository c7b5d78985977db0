# asyncio.sleep returns its result argument; negative delays act like zero
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.01, result="rested"))
    print(await asyncio.sleep(-5, result="negative ok"))
    t0 = loop.time()
    await asyncio.sleep(0)
    print(loop.time() - t0 < 0.05)
    await asyncio.sleep("1")

asyncio.run(main())
