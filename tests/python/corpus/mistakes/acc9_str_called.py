# A str variable called like a function.
import asyncio

async def main():
    status = "ready"
    await asyncio.sleep(0.1)
    print(status())

asyncio.run(main())
