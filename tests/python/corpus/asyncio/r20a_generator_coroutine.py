# PyMOTW's old generator-based coroutine (@asyncio.coroutine) no longer exists in 3.11: AttributeError.
import asyncio


@asyncio.coroutine
def outer():
    print('in outer')
    result1 = yield from phase1()
    return result1


def phase1():
    return 'result1'
