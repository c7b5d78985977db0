# A custom exception handler receives a context dict; its keys for a failing callback and a lost task
import asyncio

def handler(loop, context):
    keys = sorted(k for k in context if k != 'source_traceback')
    print('handler:', context['message'].split(' at ')[0], keys)
    exc = context.get('exception')
    print('  exception:', repr(exc))

def bad_callback():
    raise ValueError('in callback')

async def forgotten():
    raise KeyError('nobody awaits')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    t = asyncio.create_task(forgotten())
    await asyncio.sleep(0)
    del t
    import gc; gc.collect()
    await asyncio.sleep(0)
    print('main ends')

asyncio.run(main())
