# call_later and call_at run by deadline; a TimerHandle knows when()
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    start = loop.time()
    h1 = loop.call_later(0.3, log.append, 'later 0.3')
    h2 = loop.call_at(start + 0.1, log.append, 'at +0.1')
    h3 = loop.call_later(0.2, log.append, 'later 0.2')
    print(round(h2.when() - start, 2), round(h1.when() - start, 2))
    h3.cancel()
    await asyncio.sleep(0.4)
    print(log)
    print(type(h1).__name__, h1.cancelled(), h3.cancelled())

asyncio.run(main())
