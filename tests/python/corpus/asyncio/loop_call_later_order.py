# call_later and call_at run in deadline order whatever the order they were scheduled in; cancelled handles never run.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    log = []
    loop.call_at(start + 0.12, log.append, 'at +0.12')
    loop.call_later(0.05, log.append, 'later 0.05')
    loop.call_at(start + 0.1, log.append, 'at +0.1')
    h = loop.call_later(0.07, log.append, 'cancelled')
    loop.call_soon(log.append, 'soon')
    h.cancel()
    print('cancelled handle:', h.cancelled())
    await asyncio.sleep(0.15)
    print(log)
    print('at least 0.15 s passed:', loop.time() - start >= 0.15)
    print('time is a float:', type(loop.time()).__name__)

asyncio.run(main())
