# importing the sleep function like a submodule
import asyncio.sleep

async def main():
    await asyncio.sleep(0.01)
    print("slept")

asyncio.run(main())
