# An exception handler that raises: the loop reports that error through the default handler
import asyncio

def broken(loop, context):
    raise RuntimeError('handler is broken')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(broken)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print('loop survived')
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
