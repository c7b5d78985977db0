# set_exception_handler rejects a non-callable
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler("not a function")

asyncio.run(main())
