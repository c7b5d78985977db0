# Timers with the same deadline run in the order they were scheduled; cancelled ones are skipped
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    when = loop.time() + 0.1
    handles = [loop.call_at(when, log.append, i) for i in range(5)]
    handles[1].cancel()
    handles[3].cancel()
    loop.call_at(when - 0.05, log.append, 'earlier')
    await asyncio.sleep(0.2)
    print(log)
    print([h.cancelled() for h in handles])
    print(type(handles[0]).__name__, round(handles[0].when() - when, 3))

asyncio.run(main())
