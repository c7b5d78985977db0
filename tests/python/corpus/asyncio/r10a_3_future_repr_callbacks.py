import asyncio, functools, re

def clean(o):
    return re.sub(r' at 0x[0-9a-f]+| at /\S+:\d+', '', repr(o))

class Obj:
    def on_done(self, fut):
        pass

def plain(fut):
    pass

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(plain)
    print(clean(f))
    f.add_done_callback(Obj().on_done)
    print(clean(f))
    f.add_done_callback(functools.partial(plain))
    print(clean(f))
    f.add_done_callback(lambda fut: None)
    print(clean(f))
    f.set_result(None)
    print(clean(f))

asyncio.run(main())
