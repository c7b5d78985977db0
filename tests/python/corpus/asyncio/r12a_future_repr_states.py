# test_futures: test_future_repr (the parts without addresses)
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result("x" * 5)
    print(repr(f))
    g = loop.create_future()
    g.cancel()
    print(repr(g))
    h = loop.create_future()
    h.set_exception(ValueError("bad"))
    print(repr(h))
    h.exception()
    big = loop.create_future()
    big.set_result(list(range(30)))
    print(repr(big))

asyncio.run(main())
