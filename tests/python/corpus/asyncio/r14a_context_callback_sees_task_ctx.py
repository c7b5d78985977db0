# test_context: a done callback runs in the task's context; call_soon inside a task copies it
import asyncio, contextvars

user = contextvars.ContextVar('user')

async def work():
    user.set('alice')
    asyncio.get_running_loop().call_soon(lambda: print('call_soon sees', user.get()))
    await asyncio.sleep(0)
    return 'ok'

async def main():
    user.set('main')
    t = asyncio.create_task(work())
    t.add_done_callback(lambda f: print('done callback sees', user.get()))
    await t
    await asyncio.sleep(0)
    print('main sees', user.get())

asyncio.run(main())
