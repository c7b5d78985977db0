# The default exception handler prints the message and the other keys.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.default_exception_handler({'message': 'custom problem', 'job': 'nightly', 'attempt': 3})
    print('reported')
    try:
        raise OSError(5, 'disk error')
    except OSError as e:
        loop.call_exception_handler({'message': 'with exception', 'exception': e})
    print('reported again')

asyncio.run(main())
# (end of the program)
