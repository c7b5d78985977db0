import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("ran")

coro = main()
asyncio.run(coro)
asyncio.run(coro)
