# call_soon given non-callables (not checked outside debug mode): the loop logs each failure when it runs it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for what in (42, 'text'):
        loop.call_soon(what)
    print('scheduled')
    await asyncio.sleep(0.02)
    print('main goes on')

asyncio.run(main())
