# TimerHandle.when() is the loop time of the deadline; call_later with a negative delay runs on the next turn.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    h = loop.call_later(0.5, print, 'never')
    print('when - now ~', round(h.when() - now, 2))
    h.cancel()
    print('cancelled:', h.cancelled())
    loop.call_later(-1, print, 'negative delay ran')
    loop.call_soon(print, 'soon ran')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
