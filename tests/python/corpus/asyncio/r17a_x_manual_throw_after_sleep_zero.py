# throw() into a coroutine paused in asyncio.sleep(0) raises at that await
import asyncio

async def worker():
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print('worker saw CancelledError at its await')
        return 'cleaned up'
    return 'ran'

c = worker()
print(c.send(None))
try:
    c.throw(asyncio.CancelledError())
except StopIteration as e:
    print('result:', e.value)
c2 = worker()
c2.send(None)
try:
    c2.throw(ValueError('unhandled'))
except ValueError as e:
    print('propagated:', repr(e))
print(c2.cr_frame)
