# set_result and set_exception on a future already done: InvalidStateError with CPython's message.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    tries = [lambda: f.set_result(2), lambda: f.set_exception(ValueError('x'))]
    for t in tries:
        try:
            t()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(3)
    except asyncio.InvalidStateError as e:
        print('cancelled future:', e)
    print(f.result())

asyncio.run(main())
