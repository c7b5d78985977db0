# Raising an ExceptionGroup by hand from a task and splitting it with except*
import asyncio

async def batch(items):
    errors = []
    for i in items:
        await asyncio.sleep(0)
        if i < 0:
            errors.append(ValueError(f"negative: {i}"))
        elif i == 0:
            errors.append(ZeroDivisionError(f"zero at index {items.index(i)}"))
    if errors:
        raise ExceptionGroup("batch failed", errors)
    return sum(items)

async def main():
    print(await batch([1, 2, 3]))
    try:
        await asyncio.create_task(batch([1, -2, 0, -4]))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* ArithmeticError as eg:
        print("arith:", [type(e).__name__ for e in eg.exceptions])
    try:
        await batch([0])
    except* TypeError:
        print("never")

asyncio.run(main())
