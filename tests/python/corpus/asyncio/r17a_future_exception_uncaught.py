# awaiting a future that holds an exception raises it into main (uncaught)
import asyncio

class AppError(Exception):
    pass

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_exception, AppError('bad config'))
    print('waiting')
    await f

asyncio.run(main())
