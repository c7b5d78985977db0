# The context a failing done callback produces, and the default handler's text.
import asyncio

def handler(loop, context):
    print(sorted(context))
    print(context['message'].split(' ')[:2], repr(context['exception']))

def broken(fut):
    raise RuntimeError('in done callback')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(broken)
    f.set_result(1)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'plain message, no exception'})
    await asyncio.sleep(0)
    print('still running')

asyncio.run(main())
