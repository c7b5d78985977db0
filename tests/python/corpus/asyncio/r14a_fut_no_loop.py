# test_futures: a Future made outside a running loop, then get_loop()
import asyncio

loop = asyncio.new_event_loop()
f = asyncio.Future(loop=loop)
print(f.get_loop() is loop, f.done())
loop.call_soon(f.set_result, 'late')
print(loop.run_until_complete(f))
try:
    asyncio.Future()
except RuntimeError as e:
    print('RuntimeError:', e)
except DeprecationWarning as e:
    print('Deprecation', e)
loop.close()
print(loop.is_closed())
