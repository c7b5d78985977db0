import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    print('cancel', f.cancel('no longer needed'))
    print('cancel again', f.cancel())
    print(f.cancelled(), f.done())
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.CancelledError as e:
            print(call.__name__, 'CancelledError', e.args)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(main())
