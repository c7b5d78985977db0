# CPython's asyncio documentation, "Event Loop": hello world with
# call_soon() and run_forever(), and a clock with call_later() stopped by
# loop.stop() (printing a count, not the date, for 3 seconds, not 5)
import asyncio


def hello_world(loop):
    """A callback to print 'Hello World' and stop the event loop"""
    print('Hello World')
    loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop)
try:
    loop.run_forever()
finally:
    loop.close()
print('closed:', loop.is_closed(), 'running:', loop.is_running())


def display_date(end_time, loop):
    ticks.append(loop.time())
    print('tick', len(ticks))
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, display_date, end_time, loop)
    else:
        loop.stop()


ticks = []
loop = asyncio.new_event_loop()
end_time = loop.time() + 3.0
loop.call_soon(display_date, end_time, loop)
try:
    loop.run_forever()
finally:
    loop.close()
print('done', round(ticks[-1] - ticks[0]) == 2)
