# test_tasks: GatherTests.test_one_exception -- the first error, the others left alone
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    a, b, c, d, e = [loop.create_future() for _ in range(5)]
    fut = asyncio.gather(a, b, c, d, e)
    cb_calls = []
    fut.add_done_callback(lambda f: cb_calls.append(type(f.exception()).__name__))
    exc = ZeroDivisionError()
    a.set_result(1)
    b.set_exception(exc)
    await asyncio.sleep(0)
    print(fut.done(), cb_calls)
    print(fut.exception() is exc)
    c.set_result(3); d.cancel(); e.set_exception(RuntimeError())
    e.exception()
    print("others:", c.done(), d.cancelled(), e.done())

asyncio.run(main())
