# Reading my factorial's signature and type hints with inspect and typing before calling it.
import asyncio
import inspect
import typing


async def factorial(n: int, *, delay: float = 0.01, verbose: bool = False) -> int:
    """Compute n! slowly."""
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        r *= i
        if verbose:
            print(" ", i, r)
    return r


sig = inspect.signature(factorial)
print(sig)
for name, p in sig.parameters.items():
    print(f"{name}: kind={p.kind.name} default={p.default!r} annotation={p.annotation!r}")
print(typing.get_type_hints(factorial))
print(inspect.getdoc(factorial), inspect.iscoroutinefunction(factorial))
bound = sig.bind(4, verbose=True)
bound.apply_defaults()
print(bound.arguments)
print(asyncio.run(factorial(*bound.args, **bound.kwargs)))
sig.bind(4, 0.5)
