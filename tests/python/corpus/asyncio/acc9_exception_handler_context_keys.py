# A custom exception handler sees each failure's context: a callback, a task never retrieved, a call of our own.
import asyncio, gc

def handler(loop, context):
    keys = sorted(context)
    exc = context.get('exception')
    print('handler:', context['message'].replace(__file__, 'FILE'), '|', keys, '|', repr(exc))

def bad_callback():
    raise ValueError('callback failed')

async def bad_task():
    raise KeyError('task failed')

async def main():
    loop = asyncio.get_running_loop()
    print('before:', loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print('set:', loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    t = asyncio.create_task(bad_task())
    await asyncio.sleep(0)
    del t
    gc.collect()
    loop.call_exception_handler({'message': 'by hand', 'answer': 42})
    try:
        loop.set_exception_handler('nope')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
