# test_events: stop() makes run_forever return after the callbacks already scheduled
import asyncio

loop = asyncio.new_event_loop()
out = []
loop.call_soon(out.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(out.append, 2)
loop.call_later(0.01, out.append, 'timer')
loop.run_forever()
print(out, loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print(out)
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print('RuntimeError:', e)
