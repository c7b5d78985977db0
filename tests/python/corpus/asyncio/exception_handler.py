# A callback's exception goes to the loop's exception handler; set_exception_handler replaces it.
import asyncio

def broken_callback():
    raise ValueError('callback failed')

def handler(loop, context):
    print('handler got:', context['message'].split(' at ')[0], '|', repr(context.get('exception')))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(broken_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({'message': 'a message of my own'})
    print('the loop keeps running')
    print(loop.get_exception_handler() is handler)

asyncio.run(main())
