# asyncio.to_thread runs the function in a copy of the caller's context;
# run_in_executor runs it in the worker thread's own context (empty here)
import asyncio
import contextvars
import time

user = contextvars.ContextVar('user', default='anonymous')


def blocking(label, delay):
    before = user.get()
    time.sleep(delay)
    user.set(f'set in {label}')
    return f'{label}: saw {before!r}, now {user.get()!r}'


def read():
    return user.get()


async def main():
    user.set('ada')
    print(await asyncio.to_thread(blocking, 'to_thread', 0.01))
    print('main still', user.get())
    results = await asyncio.gather(asyncio.to_thread(blocking, 'a', 0.02), asyncio.to_thread(blocking, 'b', 0.01))
    print(results, user.get())
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, read))
    ctx = contextvars.copy_context()
    print(await loop.run_in_executor(None, ctx.run, blocking, 'ctx.run', 0.01), ctx[user], user.get())

    async def in_task():
        user.set('task')
        return await asyncio.to_thread(read)

    print(await asyncio.create_task(in_task()), user.get())


asyncio.run(main())
