# the default exception handler prints a context's message and extra keys
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    loop.call_exception_handler({'message': 'plain message'})
    loop.call_exception_handler({'message': 'with extras', 'answer': 42, 'future': fut})
    try:
        raise OSError(5, 'disk on fire')
    except OSError as e:
        loop.call_exception_handler({'message': 'with exception', 'exception': e})
    loop.default_exception_handler({'message': 'direct call', 'exception': KeyError('k')})
    print('done')

asyncio.run(main())
