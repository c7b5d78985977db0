# test_events: call_at schedules on loop.time(); TimerHandle.when() returns the deadline
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    fired = []
    h = loop.call_at(now + 0.1, lambda: fired.append(loop.time() - now >= 0.1))
    print(h.when() == now + 0.1, type(h).__name__)
    h2 = loop.call_later(0.05, fired.append, 'later')
    print(h2.when() >= now + 0.05)
    await asyncio.sleep(0.2)
    print(fired)

asyncio.run(main())
