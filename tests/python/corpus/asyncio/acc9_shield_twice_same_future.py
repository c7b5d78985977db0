# Two shields of one future: cancelling both outers leaves the future pending; its result wakes nobody else.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    s1 = asyncio.shield(fut)
    s2 = asyncio.shield(fut)
    print('distinct:', s1 is not s2)
    s1.cancel()
    print('s1 cancelled:', s1.cancelled(), 'fut done:', fut.done())
    fut.set_result(7)
    print('s2:', await s2)
    print('s1:', s1)
    g = asyncio.gather(asyncio.shield(asyncio.sleep(0.01, 'slept')))
    print('gather of shield:', await g)

asyncio.run(main())
