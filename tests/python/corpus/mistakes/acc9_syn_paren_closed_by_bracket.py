# print( closed by ] when printing results.
import asyncio

async def main():
    results = await asyncio.gather(asyncio.sleep(0.1, result=1))
    print("results:", results]

asyncio.run(main())
