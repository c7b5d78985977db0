import asyncio

def handler(loop, context):
    print('custom handler, passing on:', context['message'])
    loop.default_exception_handler(context)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    try:
        raise LookupError('missing')
    except LookupError as e:
        loop.call_exception_handler({'message': 'something went wrong', 'exception': e})
    fut = loop.create_future()
    loop.call_exception_handler({'message': 'with a future', 'future': fut})
    fut.cancel()

asyncio.run(main())
