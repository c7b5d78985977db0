# errors in callbacks go to the loop's exception handler; a custom one sees the context
import asyncio

def broken(x):
    raise ValueError(f'broken {x}')

def handler(loop, context):
    exc = context.get('exception')
    print('handler:', context['message'].split(' at ')[0], '|', type(exc).__name__, exc)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken, 1)
    await asyncio.sleep(0.01)
    print('default handler done')
    loop.set_exception_handler(handler)
    print('handler set:', loop.get_exception_handler() is handler)
    loop.call_soon(broken, 2)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: broken(3))
    fut.set_result(None)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({'message': 'custom message'})
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'back to default'})

asyncio.run(main())
