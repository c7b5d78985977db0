# result()/exception() of a pending task or future raise InvalidStateError.
import asyncio

async def slow():
    await asyncio.sleep(0.05)
    return 'ok'

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(slow())
    f = loop.create_future()
    for obj, label in ((t, 'task'), (f, 'future')):
        for meth in ('result', 'exception'):
            try:
                getattr(obj, meth)()
            except asyncio.InvalidStateError as e:
                print(label, meth, '->', type(e).__name__, e)
    print(await t)
    f.cancel()
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
