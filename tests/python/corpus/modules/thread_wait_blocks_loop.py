# a wait for a thread inside a coroutine blocks the whole loop, as in CPython: the
# other tasks, callbacks and timers that came due go on after it, in the loop's order
import asyncio, threading, concurrent.futures

async def ticker(log):
    for i in range(3):
        log.append(f'tick{i}')
        await asyncio.sleep(0.1)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(ticker(log))
    await asyncio.sleep(0)
    loop.call_soon(log.append, 'soon')
    loop.call_later(0.05, log.append, 'later')
    t.add_done_callback(lambda _: log.append('ticker done'))
    ev = threading.Event()
    threading.Timer(0.25, ev.set).start()
    ev.wait()
    log.append('waited')
    await asyncio.sleep(0)
    log.append('after')
    with concurrent.futures.ThreadPoolExecutor() as pool:
        fut = pool.submit(lambda: 42)
        log.append(f'result {fut.result()}')
    await t
    await asyncio.sleep(0)
    print(log)

asyncio.run(main())
