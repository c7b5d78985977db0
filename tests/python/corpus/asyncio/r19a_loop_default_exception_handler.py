# default_exception_handler logs to stderr; a handler can delegate to it
import asyncio

def handler(loop, context):
    print("custom sees:", context['message'].split(' at ')[0])
    loop.default_exception_handler(context)

def boom():
    1 / 0

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom)
    await asyncio.sleep(0.1)
    print("after default logging")
    loop.set_exception_handler(handler)
    loop.call_soon(boom)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({'message': 'only a message'})
    loop.call_exception_handler({'message': 'with extra', 'extra': [1, 2]})
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
