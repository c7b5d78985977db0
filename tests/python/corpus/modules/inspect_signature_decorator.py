# inspect.signature and bind: a decorator that checks the arguments of a
# coroutine function before it runs, and a Signature made by hand
import asyncio
import functools
import inspect


def checked(func):
    sig = inspect.signature(func)

    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            print(f'{func.__name__}{sig}: {e}')
            return None
        bound.apply_defaults()
        print('calling', func.__name__, bound.arguments)
        return await func(*args, **kwargs)
    return wrapper


@checked
async def download(url: str, retries: int = 3, *, timeout: float = 1.5) -> bytes:
    await asyncio.sleep(0)
    return url.encode()


async def main():
    print(await download('http://a'))
    print(await download('http://b', 5, timeout=3))
    print(await download())
    print(await download('u', 1, 2))
    print(await download('u', url='v'))
    print(await download('u', verbose=True))
    print(inspect.signature(download))
    print(inspect.signature(download, follow_wrapped=False))
    params = [inspect.Parameter('x', inspect.Parameter.POSITIONAL_OR_KEYWORD),
              inspect.Parameter('y', inspect.Parameter.KEYWORD_ONLY, default=1, annotation=int)]
    made = inspect.Signature(params, return_annotation=str)
    print(made, made == inspect.signature(lambda x, *, y=1: ''), made.replace(return_annotation=inspect.Signature.empty))
    try:
        inspect.Signature(list(reversed(params)))
    except ValueError as e:
        print('ValueError:', e)



asyncio.run(main())
