# The same keyword given twice in a call: SyntaxError keyword argument repeated
import asyncio


async def main():
    results = await asyncio.gather(asyncio.sleep(0.1), return_exceptions=True, return_exceptions=False)
    print(results)

asyncio.run(main())
