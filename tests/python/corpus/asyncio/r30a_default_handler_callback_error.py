# With the default handler, a callback's exception is logged to stderr and the loop goes on
import asyncio

def explode():
    raise ValueError("callback exploded")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode)
    await asyncio.sleep(0.01)
    print("loop still alive")
    loop.call_exception_handler({"message": "just a message"})
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
