# scheduling my async beep function with call_soon
import asyncio

async def beep():
    print("beep")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(beep)
    await asyncio.sleep(0.01)

asyncio.run(main())
