# running a blocking function in a thread, but I called it instead of passing it
import asyncio, time

def blocking(n):
    time.sleep(0.01)
    return n * 2

async def main():
    result = await asyncio.to_thread(blocking(4))
    print(result)

asyncio.run(main())
