# test_events: timers with one deadline keep their scheduling order; call_soon from a timer callback
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    out = []
    # timers with same deadline scheduled from different callbacks keep insertion order
    t = loop.time() + 0.05
    loop.call_at(t, out.append, 1)
    loop.call_soon(lambda: loop.call_at(t, out.append, 2))
    loop.call_at(t, out.append, 3)
    await asyncio.sleep(0.1)
    print(out)
    # call_soon from within a timer callback runs in the same iteration? after other ready
    out.clear()
    def timer_cb():
        out.append('timer')
        loop.call_soon(out.append, 'soon from timer')
    loop.call_later(0.01, timer_cb)
    loop.call_later(0.01, out.append, 'timer2')
    await asyncio.sleep(0.05)
    print(out)
asyncio.run(main())
