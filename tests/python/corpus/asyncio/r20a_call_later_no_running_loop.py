# Scheduling with call_later on a loop that is never run: the callback never fires.
import asyncio


def callback():
    print('never printed')


loop = asyncio.new_event_loop()
h = loop.call_later(0.1, callback)
print('scheduled:', h.cancelled())
loop.close()
print('closed:', loop.is_closed())
try:
    loop.call_soon(callback)
except RuntimeError as e:
    print('RuntimeError:', e)
