# Building an ExceptionGroup of failed factorials by hand, including two wrong attempts.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(n)
    return n


async def main():
    results = await asyncio.gather(*(factorial(n) for n in (3, -1, -2)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    eg = ExceptionGroup("bad inputs", errors)
    print(str(eg), "|", repr(eg))
    print(eg.derive([ValueError(0)]), eg.subgroup(lambda e: e.args[0] == -2).exceptions)
    for args in (("nothing failed", []), ("interrupted", [KeyboardInterrupt()])):
        try:
            ExceptionGroup(*args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    beg = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
    print(type(beg).__name__, type(BaseExceptionGroup("ok", [ValueError(1)])).__name__)


asyncio.run(main())
