# asyncio.run given "async main()" as if async called it.
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("hello")

asyncio.run(async main())
