# Debug mode: a dropped gather whose child fails
import asyncio

async def bad():
    raise ValueError("inside gather")

async def main():
    asyncio.gather(bad())
    await asyncio.sleep(0.01)
    print("leaving main")

asyncio.run(main(), debug=True)
