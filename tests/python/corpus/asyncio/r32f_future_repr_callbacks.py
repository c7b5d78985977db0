# Future reprs showing their pending callbacks: a function, a lambda, a bound method, a partial
import asyncio
import functools
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def on_done(fut):
    pass

class Listener:
    def notify(self, fut):
        pass

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    print(repr(fut).replace(HERE, ""))
    fut.add_done_callback(lambda f: None)
    fut.add_done_callback(Listener().notify)
    print(repr(fut).replace(HERE, ""))
    fut.add_done_callback(functools.partial(on_done))
    print(len(repr(fut).replace(HERE, "").split(", ")), "callback entries")
    fut.set_result([1, 2, 3])
    print(repr(fut).replace(HERE, ""))
    await asyncio.sleep(0)

asyncio.run(main())
