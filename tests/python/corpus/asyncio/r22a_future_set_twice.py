# Setting a future's outcome twice raises InvalidStateError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    for action in (lambda: f.set_result(2), lambda: f.set_exception(ValueError()),):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    print('cancel finished future:', f.cancel())
    print('result still', f.result())
    g = loop.create_future()
    g.cancel()
    try:
        g.set_result(3)
    except asyncio.InvalidStateError as e:
        print('on cancelled:', e)

asyncio.run(main())
