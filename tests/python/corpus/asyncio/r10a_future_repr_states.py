import asyncio, re

def clean(o):
    return re.sub(r' at 0x[0-9a-f]+|at [^ >]+:\d+', '', repr(o))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(clean(f))
    f2 = loop.create_future(); f2.set_result([1, 2])
    print(clean(f2))
    f3 = loop.create_future(); f3.set_exception(ValueError('bad'))
    print(clean(f3))
    f3.exception()
    f4 = loop.create_future(); f4.cancel()
    print(clean(f4))

asyncio.run(main())
