# Closing the loop from inside a coroutine
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("running:", loop.is_running())
    loop.close()

asyncio.run(main())
