# a custom exception handler also sees the "Task exception was never retrieved" case
import asyncio
import gc

def handler(loop, context):
    print('HANDLER message:', context['message'])
    print('HANDLER exception:', repr(context.get('exception')))
    print('HANDLER keys:', sorted(context))

async def worker():
    await asyncio.sleep(0.01)
    raise RuntimeError('nobody listens')

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    gc.collect()
    print('main done')

asyncio.run(main())
print('after run')
