# made a bare Future and let call_later fill it in, the callback style the chapter hints at
import asyncio

def print_it(fut):
    print('print_it result:', fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(print_it)
    loop.call_later(0.05, fut.set_result, 42)
    print('done yet?', fut.done())
    value = await fut
    print('awaited:', value, fut.done())
    try:
        fut.set_result(43)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(main())
