# asyncio.sleep given a string and a negative delay.
import asyncio

async def main():
    r = await asyncio.sleep(-1, result='neg ok')
    print(r)
    await asyncio.sleep('0.1')

asyncio.run(main())
