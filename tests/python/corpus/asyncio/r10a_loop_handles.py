import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, 'soon')
    th = loop.call_later(0.05, print, 'later')
    print(type(h).__name__, type(th).__name__, h.cancelled(), th.cancelled())
    print('when in future:', th.when() > loop.time())
    th.cancel()
    print('cancelled:', th.cancelled())
    th.cancel()
    at = loop.call_at(loop.time() + 0.01, print, 'at')
    print('call_at when matches:', abs(at.when() - loop.time() - 0.01) < 0.01)
    await asyncio.sleep(0.1)
    print('done')

asyncio.run(main())
