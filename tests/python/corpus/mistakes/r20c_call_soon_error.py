# exception in call_soon callback is logged, loop continues
import asyncio

def cb(x):
    print("cb", x)
    return x / 0

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 5)
    await asyncio.sleep(0.01)
    print("main still running")

asyncio.run(main())
print("done")
