import asyncio

async def op(x):
    await asyncio.sleep(0.01 * x)
    if x % 2:
        raise ValueError(f"odd {x}")
    return x * x

async def main():
    results = await asyncio.gather(*(op(i) for i in range(5)), return_exceptions=True)
    for i, r in enumerate(results):
        kind = "error" if isinstance(r, BaseException) else "value"
        print(i, kind, repr(r))
    try:
        await asyncio.gather(op(2), op(3), op(4))
    except ValueError as e:
        print("first error propagated:", e)

asyncio.run(main())
