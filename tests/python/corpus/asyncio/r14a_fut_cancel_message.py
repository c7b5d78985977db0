# test_futures: cancel(msg) is kept and given to the CancelledError of result() and await
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel(msg='stop here'))
    print(f.cancel(msg='second'))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print('result:', e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print('exception:', e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print('await:', e.args)
    g = loop.create_future()
    g.cancel()
    try:
        g.result()
    except asyncio.CancelledError as e:
        print('no msg:', e.args)

asyncio.run(main())
