# setting a future twice raises InvalidStateError with its state in the message
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    for action in (lambda: f.set_result(2), lambda: f.set_exception(ValueError())):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    g = loop.create_future()
    g.cancel()
    try:
        g.set_result(3)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(f.cancel(), g.cancel())

asyncio.run(main())
