# Overriding default_exception_handler in a loop subclass changes how unhandled errors are shown
import asyncio


class ShortLoop(asyncio.SelectorEventLoop):
    def default_exception_handler(self, context):
        exc = context.get("exception")
        print(f"[short] {context['message'].split(' at ')[0]}: {exc!r}")


def broken():
    return 1 / 0


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken)
    await asyncio.sleep(0)
    loop.set_exception_handler(lambda lp, ctx: lp.default_exception_handler(ctx))
    loop.call_soon(broken)
    await asyncio.sleep(0)


asyncio.Runner(loop_factory=ShortLoop).run(main())
