# loop.run_forever() stopped from a callback, then run again on the same loop and stopped again.
import asyncio

loop = asyncio.new_event_loop()
count = 0

def tick():
    global count
    count += 1
    print('tick', count)
    if count % 2 == 0:
        loop.stop()
    else:
        loop.call_soon(tick)

loop.call_soon(tick)
loop.run_forever()
print('stopped once')
loop.call_soon(tick)
loop.run_forever()
print('stopped twice')
loop.close()
