import asyncio

async def is_ready():
    await asyncio.sleep(0.01)
    return False

async def main():
    if is_ready():
        print("ready (but really a coroutine object)")
    print(bool(is_ready()))

asyncio.run(main())
