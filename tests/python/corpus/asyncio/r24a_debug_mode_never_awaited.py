import asyncio

async def helper():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    helper()
    await asyncio.sleep(0)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)
    print("end of main")

asyncio.run(main(), debug=True)
