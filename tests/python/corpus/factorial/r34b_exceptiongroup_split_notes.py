# Collect failures into an ExceptionGroup myself, split it, and let the rest escape with notes.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        err = ValueError(f"negative: {n}")
        err.add_note(f"hint: try {-n} instead")
        raise err
    if n > 20:
        raise OverflowError(f"{n} is too big for this exercise")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    results = await asyncio.gather(*(factorial(n) for n in (3, -2, 25, 5, -9)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    print("good:", [r for r in results if not isinstance(r, Exception)])
    group = ExceptionGroup("factorial failures", errors)
    values, rest = group.split(ValueError)
    print("value errors:", [str(e) for e in values.exceptions])
    raise rest


asyncio.run(main())
