# closing the loop myself at the end of main
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.01)
    print("closing")
    loop.close()

asyncio.run(main())
