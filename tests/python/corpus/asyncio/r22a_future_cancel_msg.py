# A cancelled future carries its message through exception() and await.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel(msg='no longer needed'))
    print(f.cancelled(), f.done())
    for how in ('exception', 'result'):
        try:
            getattr(f, how)()
        except asyncio.CancelledError as e:
            print(how, '->', repr(e))
    try:
        await f
    except asyncio.CancelledError as e:
        print('await ->', repr(e))
    g = loop.create_future()
    g.cancel()
    try:
        g.result()
    except asyncio.CancelledError as e:
        print('no message ->', repr(e), e.args)

asyncio.run(main())
