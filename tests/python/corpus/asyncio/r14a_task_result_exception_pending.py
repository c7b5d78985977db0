# test_tasks: result() and exception() of a pending task; set_result is not for tasks
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    return 5

async def main():
    t = asyncio.create_task(slow())
    for name in ('result', 'exception'):
        try:
            getattr(t, name)()
        except asyncio.InvalidStateError as e:
            print(name, '->', e)
    for name, arg in (('set_result', 1), ('set_exception', ValueError())):
        try:
            getattr(t, name)(arg)
        except RuntimeError as e:
            print(name, '->', e)
    print(await t, t.exception())

asyncio.run(main())
