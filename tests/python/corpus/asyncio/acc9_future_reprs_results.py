# Future and Task reprs for long results, exceptions with messages, cancelled, and a future's own str().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('x' * 100)
    print(repr(f))
    f = loop.create_future()
    f.set_result(list(range(30)))
    print(str(f))
    f = loop.create_future()
    f.set_exception(OSError(2, 'No such file'))
    print(repr(f))
    f.exception()
    f = loop.create_future()
    f.cancel(msg='with a message')
    print(repr(f))
    f = loop.create_future()
    f.set_result(None)
    print(repr(f))
    f = loop.create_future()
    f.set_result(f)
    print(repr(f))

asyncio.run(main())
