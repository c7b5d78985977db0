# A custom loop exception handler receives the lost task error's context.
import asyncio

def handler(loop, context):
    print('handler keys:', sorted(context))
    print('message:', ' '.join(context['message'].split()[:3]))
    print('exception:', repr(context.get('exception')))

async def bad():
    await asyncio.sleep(0.1)
    raise ValueError('nobody listens')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    t = asyncio.create_task(bad())
    t.add_done_callback(lambda t: 1 / 0)
    await asyncio.sleep(0.2)
    del t

asyncio.run(main())
print('end')
