# A Future's repr lists its done callbacks (functions, partials, bound methods) and then its result
import asyncio
import functools


class Collector:
    def on_done(self, fut):
        print("collector got", fut.result())


def report(prefix, fut):
    print(prefix, fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    fut.add_done_callback(functools.partial(report, "partial:"))
    print(repr(fut).replace(__file__, "HERE"))
    fut.add_done_callback(Collector().on_done)
    fut.add_done_callback(print)
    print(repr(fut).replace(__file__, "HERE"))
    fut.set_result({"k": [1, 2]})
    print(repr(fut))
    await asyncio.sleep(0)
    print("removed:", fut.remove_done_callback(print))


asyncio.run(main())
