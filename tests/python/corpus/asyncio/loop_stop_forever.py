# loop.stop() ends run_forever() with the iteration that called it; what that iteration scheduled runs in the next run.
import asyncio

def first(loop):
    print('first')
    loop.call_soon(second, loop)
    loop.stop()
    print('stop called')

def second(loop):
    print('second, in the next run')

loop = asyncio.new_event_loop()
loop.call_soon(first, loop)
loop.run_forever()
print('run_forever returned')
loop.stop()
loop.run_forever()
print('again')
loop.call_later(0.1, print, 'timer')
loop.call_later(0.3, loop.stop)
loop.run_forever()
loop.close()
print(loop.is_running(), loop.is_closed())
