# asyncio.Future vs concurrent.futures.Future errors and checks
import asyncio, concurrent.futures
async def main():
    loop = asyncio.get_running_loop()
    af = loop.create_future()
    try:
        af.result()
    except asyncio.InvalidStateError as e:
        print("asyncio:", e)
    cf = concurrent.futures.Future()
    try:
        cf.result(timeout=0)
    except TimeoutError:
        print("concurrent: TimeoutError")
    print(asyncio.isfuture(af), asyncio.isfuture(cf))
    wrapped = asyncio.wrap_future(cf)
    cf.set_result("ok")
    print(await wrapped)
    print(asyncio.InvalidStateError is concurrent.futures.InvalidStateError)
asyncio.run(main())
