# Concatenating a number to a string in a loop.
import asyncio

async def main():
    for i in range(3):
        await asyncio.sleep(0.1)
        print("step " + i)

asyncio.run(main())
