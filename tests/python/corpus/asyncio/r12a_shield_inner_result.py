# test_tasks: test_shield_result / test_shield_exception / test_shield_cancel_inner
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    inner = loop.create_future()
    outer = asyncio.shield(inner)
    inner.set_result(42)
    print(await outer)
    inner = loop.create_future()
    outer = asyncio.shield(inner)
    inner.set_exception(KeyError("k"))
    await asyncio.sleep(0)
    print(type(outer.exception()).__name__)
    inner = loop.create_future()
    outer = asyncio.shield(inner)
    inner.cancel()
    await asyncio.sleep(0)
    print("outer cancelled with inner:", outer.cancelled())
    done = loop.create_future(); done.set_result(1)
    print("shield of a done future is it:", asyncio.shield(done) is done)

asyncio.run(main())
