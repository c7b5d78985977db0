# "Task exception was never retrieved" goes to the handler set with
# loop.set_exception_handler, with CPython's context (message, exception,
# future): for a Task and a Future freed while the loop runs, and for a
# task kept alive past asyncio.run (freed at exit).  Printed to stderr
# by the default handler before.
import asyncio

def handler(loop, context):
    print('HANDLER', sorted(context), context['message'])
    print('  ', repr(context['exception']), type(context['future']).__name__)

async def boom(n):
    raise RuntimeError(f'lost {n}')

keep = []

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    keep.append(asyncio.create_task(boom(1)))
    t = asyncio.create_task(boom(2))
    f = loop.create_future()
    f.set_exception(KeyError('fut'))
    await asyncio.sleep(0.01)
    del t
    print('task dropped')
    del f
    print('future dropped')
    print('end of main')

asyncio.run(main())
print('after run')
