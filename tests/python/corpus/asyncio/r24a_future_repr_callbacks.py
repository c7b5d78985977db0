import asyncio

def show(obj):
    return repr(obj).replace(__file__, "FILE")

def on_done(fut):
    pass

class Watcher:
    def __call__(self, fut):
        pass
    def method(self, fut):
        pass

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(show(f))
    f.add_done_callback(on_done)
    print(show(f))
    f.add_done_callback(lambda fut: None)
    print(show(f))
    f.add_done_callback(on_done)
    print(show(f))
    f.add_done_callback(on_done)
    print(show(f))
    f.set_result([1, 2])
    print(show(f))
    g = loop.create_future()
    g.set_result("x" * 100)
    print(show(g))

asyncio.run(main())
