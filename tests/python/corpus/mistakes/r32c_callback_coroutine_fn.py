# Passing a coroutine function to call_soon, which calls it but never awaits.
import asyncio

async def say(msg):
    print(msg)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(say, "hi")
    await asyncio.sleep(0.01)
    print("end of main")

asyncio.run(main())
