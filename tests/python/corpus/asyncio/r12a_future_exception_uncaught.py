# test_futures: a future's exception re-raised through await up to asyncio.run
import asyncio

class Boom(Exception):
    pass

def fail(fut):
    fut.set_exception(Boom("from call_later"))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.02, fail, f)
    print("waiting")
    await f

asyncio.run(main())
