# A done callback added to a finished future runs on the next loop turn, not at once.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('ready')
    f.add_done_callback(lambda fut: print('callback sees', fut.result()))
    print('added callback')
    await asyncio.sleep(0)
    print('after one turn')
    g = loop.create_future()
    g.add_done_callback(lambda fut: print('g callback 1'))
    g.add_done_callback(lambda fut: print('g callback 2'))
    loop.call_later(0.01, g.set_result, None)
    await g
    print('awaited g')
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
