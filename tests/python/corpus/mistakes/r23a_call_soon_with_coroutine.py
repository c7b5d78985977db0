import asyncio

async def greet():
    print("hello")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(greet)
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
