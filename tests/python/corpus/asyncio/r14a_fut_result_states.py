# test_futures: a Future's result(), exception() and done() through its states
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.set_result(42)
    print(f.done(), f.result(), f.exception())
    for call in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print('again:', e)
    print(f.cancel(), f.cancelled())

asyncio.run(main())
