# test_futures: test_result / test_exception / InvalidStateError messages
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    for name in ("result", "exception"):
        try:
            getattr(f, name)()
        except asyncio.InvalidStateError as e:
            print(name, "->", type(e).__name__, e)
    f.set_result(42)
    print(f.result(), f.exception())
    for call in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print("again ->", e)
    print("cancel after done:", f.cancel())

asyncio.run(main())
