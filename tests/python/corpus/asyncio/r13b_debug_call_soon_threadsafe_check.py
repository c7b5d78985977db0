import asyncio

def callback():
    print("callback ran")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    print(loop.get_debug())
    h = loop.call_soon(callback)
    print(type(h).__name__)
    await asyncio.sleep(0)
    try:
        loop.call_soon(lambda: None, context=None)
    except Exception as e:
        print(type(e).__name__)
    try:
        loop.call_soon(asyncio.sleep(0))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
