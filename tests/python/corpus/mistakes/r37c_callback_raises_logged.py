# a callback scheduled with call_soon that fails; the program goes on
import asyncio

def announce(name):
    print("hello", name.title())

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(announce, "ann")
    loop.call_soon(announce, None)
    await asyncio.sleep(0.01)
    print("main still running")

asyncio.run(main())
