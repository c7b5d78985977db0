import asyncio

def cb(name):
    def inner(fut):
        print(name, 'saw', fut.result())
    return inner

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    a, b, c = cb('a'), cb('b'), cb('c')
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    f.add_done_callback(c)
    print('removed', f.remove_done_callback(a))
    print('removed again', f.remove_done_callback(a))
    f.set_result('value')
    print('set_result returned; callbacks not yet run')
    await asyncio.sleep(0)
    f.add_done_callback(cb('late'))
    print('late callback scheduled')
    await asyncio.sleep(0)

asyncio.run(main())
