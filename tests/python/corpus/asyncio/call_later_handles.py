# TimerHandle: when(), cancel() before it fires; a callback that is cancelled never runs.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fired = []
    handles = [loop.call_later(d, fired.append, d) for d in (0.3, 0.1, 0.2, 0.5)]
    print('when - start:', [round(h.when() - start, 1) for h in handles])
    handles[2].cancel()
    handles[2].cancel()
    print('cancelled:', [h.cancelled() for h in handles])
    print(repr(handles[2]).split(' when=')[0])
    await asyncio.sleep(0.35)
    print('fired:', fired)
    handles[3].cancel()
    await asyncio.sleep(0.1)
    print('fired:', fired)
    soon = loop.call_soon(fired.append, 'soon')
    soon.cancel()
    await asyncio.sleep(0)
    print('fired:', fired, repr(soon))

asyncio.run(main())
