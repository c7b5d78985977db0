# wrap_future turns a concurrent.futures.Future into an awaitable asyncio future, results and errors alike
import asyncio
import concurrent.futures


async def main():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(type(af).__name__, af.done())
    loop.call_later(0.02, cf.set_result, "from concurrent")
    print(await af)
    print(asyncio.wrap_future(af) is af)
    cf2 = concurrent.futures.Future()
    cf2.set_exception(ArithmeticError("overflowed"))
    try:
        await asyncio.wrap_future(cf2)
    except ArithmeticError as e:
        print("ArithmeticError:", e)
    try:
        asyncio.wrap_future("not a future")
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)


asyncio.run(main())
