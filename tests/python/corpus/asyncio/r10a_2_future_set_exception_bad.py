import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for bad in (StopIteration(), StopIteration, 'text'):
        try:
            f.set_exception(bad)
        except TypeError as e:
            print('TypeError:', e)
    f.set_exception(ValueError)
    print(repr(f.exception()))
    t = asyncio.create_task(asyncio.sleep(0))
    for call, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            call(arg)
        except RuntimeError as e:
            print('RuntimeError:', e)
    await t

asyncio.run(main())
