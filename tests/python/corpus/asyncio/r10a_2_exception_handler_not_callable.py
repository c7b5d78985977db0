import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_exception_handler(lambda l, c: print('handled:', c['message']))
    loop.call_exception_handler({'message': 'first'})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

asyncio.run(main())
