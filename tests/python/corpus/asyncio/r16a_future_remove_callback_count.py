# remove_done_callback removes every registration of a callback and returns how many
import asyncio

def cb(f):
    print('cb', f.result())

def other(f):
    print('other', f.result())

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(cb)
    f.add_done_callback(other)
    f.add_done_callback(cb)
    print('removed', f.remove_done_callback(cb))
    print('removed again', f.remove_done_callback(cb))
    f.set_result('ok')
    await asyncio.sleep(0)

asyncio.run(main())
