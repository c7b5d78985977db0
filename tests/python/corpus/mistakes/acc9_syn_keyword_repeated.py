# The same keyword argument given twice.
import asyncio

async def main():
    r = await asyncio.sleep(0.1, result="a", result="b")
    print(r)

asyncio.run(main())
