# test_base_events: call_exception_handler with a message alone, with a future and with an exception
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({'message': 'plain message'})
    fut = loop.create_future()
    fut.set_result(1)
    loop.call_exception_handler({'message': 'with future', 'future': fut})
    try:
        raise RuntimeError('explained')
    except RuntimeError as e:
        loop.call_exception_handler({'message': 'with exception', 'exception': e, 'extra': [1, 2]})
    print('handler calls done')

asyncio.run(main())
