# Callbacks and tasks scheduled before the loop runs take their turns in
# the order they were scheduled; stop() before run_forever() runs them
# once; a cancelled handle never runs; a closed loop refuses callbacks
import asyncio


async def job(n):
    print('job', n, 'starts')
    await asyncio.sleep(0.1 * n)
    print('job', n, 'ends')


def cb(tag):
    print('callback', tag)


loop = asyncio.new_event_loop()
loop.call_soon(cb, 'first')
t = loop.create_task(job(1))
loop.call_soon(cb, 'second')
h = loop.call_soon(cb, 'cancelled')
h.cancel()
print(h, loop.is_running())
loop.call_later(0.05, cb, 'later')
loop.call_at(loop.time() + 0.3, loop.stop)
loop.run_forever()
print('after stop', t.done(), loop.is_running())

loop.call_soon(cb, 'once')
loop.stop()
loop.run_forever()
print('stopped before it ran')


async def main():
    loop.call_soon(cb, 'inside')
    await asyncio.sleep(0)
    return 'main done'

print(loop.run_until_complete(main()))
loop.close()
try:
    loop.call_soon(cb, 'x')
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    loop.run_forever()
except RuntimeError as e:
    print('RuntimeError:', e)
