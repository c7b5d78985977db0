# A typo in gather's keyword: the coroutine argument is warned about at once, before the traceback
import asyncio

async def main():
    await asyncio.gather(asyncio.sleep(0), return_exception=True)

asyncio.run(main())
