# a coroutine's cr_running/cr_suspended while its task runs, sleeps and ends; cr_code, cr_await and cr_frame where CPython's are None
import asyncio

async def inner():
    await asyncio.sleep(0.1)
    return 1

async def outer():
    c = asyncio.current_task().get_coro()
    print('inside: running', c.cr_running, 'suspended', c.cr_suspended, 'await', c.cr_await)
    return await inner()

async def main():
    c = outer()
    print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_code.co_name, c.__qualname__)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print('task asleep: running', c.cr_running, 'suspended', c.cr_suspended)
    print(await t)
    print(c.cr_running, c.cr_suspended, c.cr_frame, c.cr_await, c.cr_code.co_name)
    c2 = inner()
    c2.close()
    print(c2.cr_frame, c2.cr_suspended)
    try:
        await c2
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
