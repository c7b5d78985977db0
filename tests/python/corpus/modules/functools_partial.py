# functools.partial is a type (isinstance, its repr, a partial of a partial
# flattened) and functools.wraps copies what CPython's update_wrapper
# copies: __annotations__ and the wrapped function's __dict__ too
import asyncio
import functools


async def send(to, message, *, retries=1, log=None):
    await asyncio.sleep(0)
    return f'{message} -> {to} ({retries} tries)'


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        result = await func(*args, **kwargs)
        print('done:', func.__name__)
        return result
    return wrapper


async def main():
    to_bob = functools.partial(send, 'bob', retries=3)
    print(repr(to_bob).split(' at ')[0], repr(to_bob).endswith(">, 'bob', retries=3)"))
    print(isinstance(to_bob, functools.partial), type(to_bob), functools.partial)
    print(to_bob.func is send, to_bob.args, to_bob.keywords)
    urgent = functools.partial(to_bob, 'now!', log=print)
    print(urgent.func is send, urgent.args, sorted(urgent.keywords))
    print(await urgent(), await to_bob('hi', retries=5))
    results = await asyncio.gather(*(functools.partial(send, n)('ping') for n in 'ab'))
    print(results)
    print(functools.partial(max, key=len))
    try:
        functools.partial()
    except TypeError as e:
        print('TypeError:', e)
    try:
        functools.partial('send')
    except TypeError as e:
        print('TypeError:', e)

    send.version = 2
    wrapped = timed(send)
    print(wrapped.__name__, wrapped.__annotations__, wrapped.version, wrapped.__wrapped__ is send)
    print(sorted(wrapped.__dict__))
    print(await wrapped('carol', 'bye'))

    def annotated(x: int, y: str = 'a') -> bool:
        return True
    print(annotated.__annotations__, annotated.__dict__)
    annotated.__annotations__ = {'x': float}
    print(annotated.__annotations__)
    del annotated.__annotations__
    print(annotated.__annotations__)


asyncio.run(main())
