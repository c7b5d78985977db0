# Peeking at a suspended factorial's local variables through its task's stack.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.3)
        result *= i
    return result


async def main():
    task = asyncio.create_task(factorial(3))
    await asyncio.sleep(0.45)
    frames = task.get_stack()
    print(len(frames), frames[0].f_code.co_name)
    local = frames[0].f_locals
    print({k: local[k] for k in ("n", "i", "result")})
    coro = task.get_coro()
    print(coro.cr_frame.f_lineno, coro.cr_code.co_varnames)
    print(await task)
    print(task.get_stack())


asyncio.run(main())
