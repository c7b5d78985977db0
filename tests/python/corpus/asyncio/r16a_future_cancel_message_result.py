# A cancelled Future with a message: result() and exception() raise CancelledError with it
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel('why not'))
    print(f.cancelled(), f.done())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, 'raises', e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print('await raises', e.args)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(main())
