# call_later(0), call_later(-1), call_at(past) and call_soon: the order they run in.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0, log.append, 'later 0')
    loop.call_soon(log.append, 'soon 1')
    loop.call_later(-1, log.append, 'later -1')
    loop.call_at(loop.time() - 5, log.append, 'at past -5')
    loop.call_soon(log.append, 'soon 2')
    loop.call_later(0, log.append, 'later 0 (second)')
    await asyncio.sleep(0)
    log.append('task after sleep(0)')
    await asyncio.sleep(0)
    log.append('task after second sleep(0)')
    await asyncio.sleep(0.01)
    print('\n'.join(log))

asyncio.run(main())
