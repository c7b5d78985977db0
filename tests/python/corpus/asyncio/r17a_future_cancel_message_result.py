# a future cancelled with a message: result() raises CancelledError carrying it
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    print(f.cancel(msg='no longer needed'))
    print(f.cancelled(), f.done())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print('result():', e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print('await:', e.args)
    print(repr(f))

asyncio.run(main())
