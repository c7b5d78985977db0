# A closed loop refuses new work; closing twice is fine.
import asyncio

loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'ran')))
loop.close()
loop.close()
print('closed:', loop.is_closed(), 'running:', loop.is_running())
try:
    loop.call_soon(print, 'x')
except RuntimeError as e:
    print('call_soon:', e)
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('run_until_complete:', e)
coro.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('get_running_loop:', e)
