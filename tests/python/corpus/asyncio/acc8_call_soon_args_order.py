# call_soon callbacks run in FIFO order with their arguments; a handle cancelled before it runs is skipped.
import asyncio

def cb(*args):
    print('cb', args)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    h = loop.call_soon(cb, 2, 'two')
    loop.call_soon(cb)
    print('cancelled before:', h.cancelled())
    h.cancel()
    print('cancelled after:', h.cancelled())
    loop.call_soon(print, 'print as callback')
    await asyncio.sleep(0)
    print('main after one turn')

asyncio.run(main())
