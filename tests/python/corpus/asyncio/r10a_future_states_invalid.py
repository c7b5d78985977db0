import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(call.__name__, 'InvalidStateError:', e)
    f.set_result(1)
    for call, arg in ((f.set_result, 2), (f.set_exception, ValueError())):
        try:
            call(arg)
        except asyncio.InvalidStateError as e:
            print(call.__name__, 'InvalidStateError:', e)
    print(f.result(), f.exception(), f.cancel())

asyncio.run(main())
