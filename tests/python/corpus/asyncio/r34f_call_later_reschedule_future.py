# A periodic job with loop.call_later that reschedules itself, finishing a Future after 4 runs.
import asyncio

def tick(loop, fut, count, results):
    results.append(count)
    print("tick", count)
    if count == 4:
        fut.set_result(results)
        return
    loop.call_later(0.02, tick, loop, fut, count + 1, results)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_later(0.02, tick, loop, fut, 1, [])
    print("scheduled:", type(handle).__name__, handle.cancelled())
    print("result:", await fut)
    h2 = loop.call_later(10, print, "never")
    h2.cancel()
    print("cancelled handle:", h2.cancelled())

asyncio.run(main())
