# Passing a coroutine function to asyncio.to_thread.
import asyncio

async def download():
    await asyncio.sleep(0.01)
    return "file"

async def main():
    result = await asyncio.to_thread(download)
    print("result is a", type(result).__name__)
    print(await result)

asyncio.run(main())
