# experimenting with Future.set_exception: a class, an instance and StopIteration
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_exception(ValueError)
    print('class given ->', repr(f1.exception()))
    f2 = loop.create_future()
    f2.set_exception(KeyError('k'))
    try:
        await f2
    except KeyError as e:
        print('awaited ->', repr(e))
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration)
    except TypeError as e:
        print('StopIteration ->', e)
    f4 = loop.create_future()
    try:
        f4.exception()
    except asyncio.InvalidStateError as e:
        print('not done ->', e)
    f4.cancel('stop it')
    f4.exception()

asyncio.run(main())
