# Without a handler, a callback's error is logged and the loop goes on.
import asyncio

def explode():
    raise ZeroDivisionError('in callback')

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode)
    await asyncio.sleep(0.01)
    print('loop survived')

asyncio.run(main())
# (end of the program)
