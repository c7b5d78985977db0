# loop.call_soon, call_later and call_at run callbacks in time order; loop.time moves with sleeps.
import asyncio

def say(msg, *args):
    print('callback:', msg, *args)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.2, say, 'later 0.2')
    loop.call_later(0.1, say, 'later 0.1')
    loop.call_soon(say, 'soon 1')
    loop.call_soon(say, 'soon 2', 'with', 'args')
    loop.call_at(start + 0.15, say, 'at +0.15')
    handle = loop.call_later(0.05, say, 'never: cancelled')
    handle.cancel()
    print('scheduled; cancelled:', handle.cancelled())
    await asyncio.sleep(0)
    print('after sleep(0)')
    await asyncio.sleep(0.3)
    elapsed = loop.time() - start
    print('elapsed >= 0.3:', elapsed >= 0.3, '| under 1:', elapsed < 1)
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, 'future result')
    print(await fut)

asyncio.run(main())
