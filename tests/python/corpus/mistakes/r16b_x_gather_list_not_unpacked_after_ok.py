# gather used right twice, then given a list
import asyncio
async def main():
    await asyncio.gather(*[asyncio.sleep(0.01, i) for i in range(3)])
    r = await asyncio.gather(*[asyncio.sleep(0.01, i) for i in range(3)])
    print(r)
    print(await asyncio.gather())
    await asyncio.gather([1])
asyncio.run(main())
