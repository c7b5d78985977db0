# moving a slow blocking function to a thread, passing it already called
import asyncio
import time

def slow_square(x):
    time.sleep(0.01)
    return x * x

async def main():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, slow_square(3))
    print(result)

asyncio.run(main())
