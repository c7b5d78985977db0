# test_tasks: GatherTests.test_return_exceptions
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    a, b, c, d = [loop.create_future() for _ in range(4)]
    fut = asyncio.gather(a, b, c, d, return_exceptions=True)
    e = ZeroDivisionError()
    f = ConnectionResetError()
    b.set_result(1)
    c.set_exception(e)
    a.set_exception(f)
    d.set_result(3)
    res = await fut
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(res[0] is f, res[2] is e)

asyncio.run(main())
