# test_futures: remove_done_callback removes every copy and returns how many
import asyncio

def first(f):
    print('first', f.result())

def second(f):
    print('second', f.result())

async def main():
    f = asyncio.get_running_loop().create_future()
    for cb in (first, second, first, first, second):
        f.add_done_callback(cb)
    print(f.remove_done_callback(first))
    print(f.remove_done_callback(first))
    print(f.remove_done_callback(print))
    f.set_result('ok')
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
