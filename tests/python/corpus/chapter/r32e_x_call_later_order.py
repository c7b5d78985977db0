# scheduling plain callbacks with call_soon and call_later
import asyncio

def say(msg):
    print('callback:', msg)

async def do_something():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, say, 'later 0.2')
    loop.call_later(0.1, say, 'later 0.1')
    h = loop.call_later(0.15, say, 'never')
    loop.call_soon(say, 'soon')
    h.cancel()
    print('scheduled; handle cancelled?', h.cancelled())
    await asyncio.sleep(0.3)
    print('do_something - finished')

asyncio.run(do_something())
