# wait_for(coro, 0) and a negative timeout: the coroutine's task is cancelled before its first step.
import asyncio

started = []

async def foo(n):
    started.append(n)
    return n

async def main():
    for timeout in (0, -1):
        try:
            r = await asyncio.wait_for(foo(timeout), timeout)
            print('result', r)
        except TimeoutError as e:
            print('timeout', timeout, type(e).__name__, type(e.__cause__).__name__)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('ready')
    print('done future with 0:', await asyncio.wait_for(fut, 0))
    print('None timeout:', await asyncio.wait_for(foo('none'), None))
    print('started:', started)

asyncio.run(main())
