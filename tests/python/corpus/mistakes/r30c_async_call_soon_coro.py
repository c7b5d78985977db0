# Scheduling a coroutine with call_soon.
import asyncio

async def hello():
    print("hello")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(hello)
    await asyncio.sleep(0.01)
    loop.call_soon(hello())
    await asyncio.sleep(0.01)

asyncio.run(main())
