# A custom exception handler receives the never-retrieved task exception when the task is deleted.
import asyncio
import gc


def handler(loop, context):
    print('handler:', context['message'])
    print('exception:', repr(context['exception']))


async def fails():
    raise ValueError('task failed')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print('done:', t.done())
    del t
    gc.collect()
    await asyncio.sleep(0)
    print('main end')


asyncio.run(main())
