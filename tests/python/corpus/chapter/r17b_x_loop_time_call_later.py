# The running loop's time() and call_later used beside the chapter's worker, differences only
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fired = []
    loop.call_later(0.16, lambda: fired.append(('timer', round(loop.time() - start, 1))))
    handle = loop.call_later(0.3, fired.append, 'never')
    handle.cancel()
    loop.call_soon(fired.append, 'soon')
    res = await asyncio.gather(worker('A', 0.1), worker('B', 0.35))
    print(res, fired, handle.cancelled())
    print('took at least 0.35:', loop.time() - start >= 0.35, type(loop.time()).__name__)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))

asyncio.run(main())
