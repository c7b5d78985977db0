# A tuple indexed past its end.
import asyncio

async def main():
    point = await asyncio.sleep(0.1, result=(1, 2))
    print(point[0], point[1])
    print(point[2])

asyncio.run(main())
