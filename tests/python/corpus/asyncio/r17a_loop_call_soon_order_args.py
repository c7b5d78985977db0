# call_soon runs callbacks FIFO with their positional arguments, after the current step
import asyncio

def cb(*args):
    print('cb', args)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_soon(cb, 2, 'two')
    h = loop.call_soon(cb, 3)
    h.cancel()
    print('scheduled; cancelled:', h.cancelled())
    await asyncio.sleep(0)
    print('after sleep(0)')
    try:
        loop.call_soon(cb, x=1)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
