# A loop subclass overriding call_exception_handler receives asyncio's own error reports
import asyncio


class ReportingLoop(asyncio.SelectorEventLoop):
    def call_exception_handler(self, context):
        exc = context.get("exception")
        print("REPORT:", context["message"].split(" at ")[0], "|", type(exc).__name__)


def bad_cb():
    raise IndexError("cb")


async def lost():
    raise ValueError("lost")


async def main():
    asyncio.get_running_loop().call_soon(bad_cb)
    t = asyncio.create_task(lost())
    await asyncio.sleep(0.01)
    del t
    await asyncio.sleep(0)


with asyncio.Runner(loop_factory=ReportingLoop) as r:
    r.run(main())
print("done")
