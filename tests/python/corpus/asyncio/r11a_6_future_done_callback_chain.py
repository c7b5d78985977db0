import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a, b = loop.create_future(), loop.create_future()

    def relay(f):
        print("a done with", f.result(), "-> setting b")
        b.set_result(f.result() + 1)

    a.add_done_callback(relay)
    b.add_done_callback(lambda f: print("b done with", f.result()))
    loop.call_soon(a.set_result, 41)
    print("awaiting b")
    print("b =", await b)
    print(a.done(), b.done(), a.result(), b.result())


asyncio.run(main())
