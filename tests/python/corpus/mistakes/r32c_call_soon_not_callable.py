# call_soon given the result of a call instead of the function.
import asyncio

def hello(name):
    print("hello", name)
    return 5

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(hello("ann"))
    await asyncio.sleep(0.01)

asyncio.run(main())
