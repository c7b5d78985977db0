# A callback cancelling a later callback of the same turn stops it; cancel() twice is harmless
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    def first():
        log.append('first')
        h2.cancel()
        h2.cancel()
    h1 = loop.call_soon(first)
    h2 = loop.call_soon(log.append, 'second')
    h3 = loop.call_soon(log.append, 'third')
    await asyncio.sleep(0)
    print(log, h2.cancelled(), h1.cancelled())
    h1.cancel()
    print('cancel after running:', h1.cancelled())

asyncio.run(main())
