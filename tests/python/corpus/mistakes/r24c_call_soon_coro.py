import asyncio

async def say(msg):
    print(msg)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(say, "hi")
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
