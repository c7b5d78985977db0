# making a Future myself and setting its result from call_later
import asyncio

async def do_something():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('callback saw', f.result()))
    loop.call_later(0.02, fut.set_result, 'ready!')
    print('waiting; done?', fut.done())
    print('got', await fut)
    try:
        fut.set_result('again')
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(do_something())
