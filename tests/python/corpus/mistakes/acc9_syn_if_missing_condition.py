# if with no condition.
import asyncio

async def main():
    if:
        print("yes")

asyncio.run(main())
