# A callback cancels another handle already queued for the same iteration; cancelled() and repeat cancels.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    handles = {}
    def cb(name):
        print('run', name)
        if name == 'a':
            handles['b'].cancel()
            handles['t'].cancel()
            print('b cancelled:', handles['b'].cancelled())
    handles['a'] = loop.call_soon(cb, 'a')
    handles['b'] = loop.call_soon(cb, 'b')
    handles['c'] = loop.call_soon(cb, 'c')
    handles['t'] = loop.call_later(0, cb, 't')
    await asyncio.sleep(0.01)
    handles['b'].cancel()
    print({k: h.cancelled() for k, h in handles.items()})
    print(type(handles['a']).__name__, type(handles['t']).__name__)
    print(isinstance(handles['t'], asyncio.Handle))

asyncio.run(main())
