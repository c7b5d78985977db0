# test_events: run_until_complete of a failing coroutine raises; a running loop refuses re-entry
import asyncio

async def fails():
    raise LookupError('nope')

async def nested(loop):
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError:', e)

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(fails())
except LookupError as e:
    print('LookupError', e)
c = asyncio.sleep(0)
loop.run_until_complete(nested(loop))
c.close()
print(loop.run_until_complete(asyncio.sleep(0, 'result')))
loop.close()
