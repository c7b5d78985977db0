# timeout_at with a deadline already in the past: the traceback chains CancelledError
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() - 1
    async with asyncio.timeout_at(deadline):
        print("inside the block")
        await asyncio.sleep(0.1)
        print("not reached")

asyncio.run(main())
