import asyncio

async def is_ready():
    await asyncio.sleep(0)
    return False

async def main():
    if is_ready():
        print("looks ready (but the coroutine is truthy)")
    if await is_ready():
        print("really ready")
    else:
        print("not ready after awaiting")

asyncio.run(main())
