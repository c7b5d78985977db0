# call_soon, call_later(0) and call_later(negative) all run in the next turn, in order of scheduling
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0, log.append, 'later0')
    loop.call_soon(log.append, 'soon1')
    loop.call_later(-1, log.append, 'later-neg')
    loop.call_soon(log.append, 'soon2')
    loop.call_at(loop.time() - 5, log.append, 'at-past')
    await asyncio.sleep(0)
    print('after one turn:', log)
    await asyncio.sleep(0)
    print('after two turns:', log)

asyncio.run(main())
