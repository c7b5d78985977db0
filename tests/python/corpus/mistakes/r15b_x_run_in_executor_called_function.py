# Mistake: run_in_executor given the result of calling the function, not the function itself.
import asyncio
import time

def blocking(seconds):
    time.sleep(seconds)
    return f"slept {seconds}"

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 0.01))
    print(await loop.run_in_executor(None, blocking(0.01)))

asyncio.run(main())
