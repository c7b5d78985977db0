# A for loop whose target is a number instead of a name.
import asyncio

async def main():
    for 1 in range(3):
        await asyncio.sleep(0.01)
    print("done")

asyncio.run(main())
