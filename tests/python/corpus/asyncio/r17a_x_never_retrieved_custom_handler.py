# with a custom exception handler, "Task exception was never retrieved" goes to it
import asyncio
import gc

def handler(loop, context):
    print('message:', context['message'])
    print('exception:', repr(context['exception']))
    print('keys:', sorted(context))

async def fail():
    raise ValueError('lost')

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    del t
    gc.collect()
    print('end of main')

asyncio.run(main())
