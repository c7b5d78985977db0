# A Future whose loop never runs: its callbacks never run, its unread exception is still reported
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
f.set_exception(KeyError('k'))
f2 = asyncio.Future(loop=loop)
f2.add_done_callback(print)
print(f2)
loop.close()
print('end')
