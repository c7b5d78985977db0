# test_futures: done callbacks run in the order added, via call_soon, once per add
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    seen = []
    def cb(tag):
        return lambda fut: seen.append((tag, fut.result()))
    a, b, c = cb('a'), cb('b'), cb('c')
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    f.add_done_callback(c)
    print('removed', f.remove_done_callback(a))
    print('removed again', f.remove_done_callback(a))
    f.set_result(7)
    print('right after set_result:', seen)
    await asyncio.sleep(0)
    print('after one step:', seen)
    f.add_done_callback(cb('late'))
    print('added late:', seen)
    await asyncio.sleep(0)
    print('then:', seen)

asyncio.run(main())
