# loop.call_exception_handler with a hand-made context goes to the default handler's log.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({'message': 'something odd happened'})
    try:
        raise OSError(2, 'no such thing')
    except OSError as exc:
        loop.call_exception_handler({'message': 'with exception', 'exception': exc})
    print('done')


asyncio.run(main())
