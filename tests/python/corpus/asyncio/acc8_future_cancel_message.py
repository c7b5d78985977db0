# A future cancelled with a message: the CancelledError from result(), exception() and await carries it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel('shutting down'))
    for how in ('result', 'exception'):
        try:
            getattr(f, how)()
        except asyncio.CancelledError as e:
            print(how, 'CancelledError', e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print('await CancelledError', e.args)
    g = loop.create_future()
    g.cancel()
    try:
        g.result()
    except asyncio.CancelledError as e:
        print('no message:', e.args)

asyncio.run(main())
