# A line continuation backslash followed by a space.
import asyncio

async def main():
    results = await asyncio.gather(asyncio.sleep(0.1, 1), \ 
                                   asyncio.sleep(0.1, 2))
    print(results)

asyncio.run(main())
