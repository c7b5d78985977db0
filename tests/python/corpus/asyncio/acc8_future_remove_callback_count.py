# remove_done_callback returns how many registrations it removed.
import asyncio

def a(f): print('a')
def b(f): print('b')

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for cb in (a, b, a, a):
        f.add_done_callback(cb)
    print('removed a:', f.remove_done_callback(a))
    print('removed a again:', f.remove_done_callback(a))
    print('removed b:', f.remove_done_callback(b))
    f.add_done_callback(b)
    f.set_result(0)
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
