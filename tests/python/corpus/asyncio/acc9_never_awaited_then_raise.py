# A coroutine made but not awaited before main raises: the warning and the traceback, in their order.
import asyncio

async def helper():
    return 1

async def main():
    pending = helper()
    print('made the coroutine')
    raise RuntimeError('main failed before awaiting')

asyncio.run(main())
