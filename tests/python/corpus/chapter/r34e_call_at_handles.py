# scheduling prints with call_later and call_at, cancelling one handle
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    h1 = loop.call_later(0.1, print, 'later 0.1')
    h2 = loop.call_at(now + 0.3, print, 'at +0.3')
    h3 = loop.call_later(0.2, print, 'later 0.2', 'with', 'args')
    print('h2 when is after h1:', h2.when() > h1.when())
    h3.cancel()
    print('cancelled:', h1.cancelled(), h3.cancelled())
    await asyncio.sleep(0.4)
    h3.cancel()
    print('end')

asyncio.run(main())
