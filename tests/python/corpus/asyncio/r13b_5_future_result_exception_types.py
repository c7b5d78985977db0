import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.set_exception(StopIteration("no"))
    except TypeError as e:
        print("TypeError:", e)
    f.set_exception(KeyError)
    try:
        await f
    except KeyError as e:
        print("raised a KeyError instance:", repr(e))
    g = loop.create_future()
    g.set_result(None)
    print(g.result(), g.exception())
    try:
        g.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
