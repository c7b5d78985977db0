import asyncio

def say(msg, loop, start):
    print(msg, 'late enough:', loop.time() - start >= 0.0)

async def do_something():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.2, say, 'third', loop, start)
    loop.call_later(0.1, say, 'second', loop, start)
    loop.call_soon(say, 'first', loop, start)
    handle = loop.call_later(0.15, say, 'never', loop, start)
    handle.cancel()
    print('handle cancelled:', handle.cancelled())
    await asyncio.sleep(0.3)
    print('done')

asyncio.run(do_something())
