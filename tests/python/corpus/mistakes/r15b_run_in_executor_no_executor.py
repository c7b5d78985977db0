# Mistake: run_in_executor called without its executor argument (None) first.
import asyncio
import time

def blocking(seconds):
    time.sleep(seconds)
    return seconds

async def main():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(blocking, 0.01)
    print(result)

asyncio.run(main())
