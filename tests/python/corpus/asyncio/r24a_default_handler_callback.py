import asyncio

def explode(x):
    print("explode called with", x)
    return 1 / x

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode, 0)
    loop.call_soon(explode, 0.0)
    await asyncio.sleep(0.05)
    print("loop still running")

asyncio.run(main())
