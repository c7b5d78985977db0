# wrap_future turns a concurrent.futures.Future into an asyncio future.
import asyncio
import concurrent.futures

async def main():
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(type(af).__name__, asyncio.isfuture(af), af.done())
    asyncio.get_running_loop().call_later(0.01, cf.set_result, 'from cf')
    print(await af)
    cf2 = concurrent.futures.Future()
    af2 = asyncio.wrap_future(cf2)
    cf2.set_exception(ArithmeticError('cf failed'))
    try:
        await af2
    except ArithmeticError as e:
        print('raised', repr(e))
    cf3 = concurrent.futures.Future()
    af3 = asyncio.wrap_future(cf3)
    af3.cancel()
    await asyncio.sleep(0)
    print('cancel went through:', cf3.cancelled())

asyncio.run(main())
