# call_soon and call_later beside a task, to see who prints first
import asyncio

def say(msg):
    print('callback:', msg)

async def worker():
    print('worker - start')
    await asyncio.sleep(0.05)
    print('worker - end')
    return 42

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, say, 'later 0.1')
    loop.call_later(0.02, say, 'later 0.02')
    loop.call_soon(say, 'soon 1')
    t = asyncio.create_task(worker())
    loop.call_soon(say, 'soon 2')
    h = loop.call_later(0.03, say, 'never')
    h.cancel()
    print('handle cancelled?', h.cancelled())
    print('result', await t)
    await asyncio.sleep(0.1)

asyncio.run(main())
