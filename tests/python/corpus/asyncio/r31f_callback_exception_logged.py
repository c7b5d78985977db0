# An exception in a call_soon callback is logged by the default handler, the loop keeps going
import asyncio

def bad_callback(x):
    print("callback running with", x)
    return x["key"]

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, {})
    await asyncio.sleep(0.01)
    print("loop still alive")

asyncio.run(main())
