# The gather call's bracket is never closed: SyntaxError '(' was never closed
import asyncio


async def main():
    results = await asyncio.gather(*[asyncio.sleep(0.1, result=i) for i in range(3)]
    print(results)


asyncio.run(main())
