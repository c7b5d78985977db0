# Passing a coroutine function to call_soon: it is called, the coroutine never awaited, the error shown
import asyncio


async def refresh():
    print("refresh never prints")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(refresh)
    await asyncio.sleep(0.01)
    print("main goes on")
    try:
        loop.call_soon(refresh())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
