# Old style: run_forever stopped by a call_later callback calling loop.stop().
import asyncio


def tick(loop, n):
    print('tick', n)
    if n < 3:
        loop.call_later(0.1, tick, loop, n + 1)
    else:
        loop.stop()


loop = asyncio.new_event_loop()
try:
    loop.call_soon(tick, loop, 1)
    print('running forever')
    loop.run_forever()
    print('stopped, running:', loop.is_running())
finally:
    loop.close()
