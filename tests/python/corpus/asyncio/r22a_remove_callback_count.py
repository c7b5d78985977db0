# remove_done_callback returns how many registrations it removed.
import asyncio

def hello(fut):
    print('hello', fut.result())

def bye(fut):
    print('bye', fut.result())

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(hello)
    f.add_done_callback(bye)
    f.add_done_callback(hello)
    f.add_done_callback(hello)
    print('removed hello x', f.remove_done_callback(hello))
    print('removed missing x', f.remove_done_callback(print))
    f.set_result('world')
    await asyncio.sleep(0)
    print('removed after done x', f.remove_done_callback(bye))

asyncio.run(main())
