# mixing a concurrent.futures Future with asyncio through wrap_future
import asyncio
import concurrent.futures

async def main():
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    asyncio.get_running_loop().call_later(0.02, cf.set_result, 'from concurrent')
    print(await af)
    print(cf.done(), cf.result(), isinstance(af, asyncio.Future))
    cf2 = concurrent.futures.Future()
    cf2.set_exception(ValueError('bad'))
    try:
        await asyncio.wrap_future(cf2)
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())
