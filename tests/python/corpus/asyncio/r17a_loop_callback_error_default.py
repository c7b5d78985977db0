# the default handler logs a failing callback and the loop keeps going
import asyncio

def broken(n):
    return 10 / n

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken, 0)
    loop.call_soon(print, 'next callback still runs')
    await asyncio.sleep(0.01)
    print('main goes on')

asyncio.run(main())
