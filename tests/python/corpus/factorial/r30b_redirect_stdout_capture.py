# Capture the progress prints of the tasks into a StringIO, then count lines.
import asyncio
import io
from contextlib import redirect_stdout, suppress


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
        print(f"{n}: step {i}")
    if n < 0:
        raise ValueError(n)
    return f


async def main():
    buf = io.StringIO()
    with redirect_stdout(buf):
        results = await asyncio.gather(factorial(3), factorial(4))
        print("inside:", results)
    text = buf.getvalue()
    print(len(text.splitlines()), "lines captured; last:", text.splitlines()[-1])
    with suppress(ValueError):
        await factorial(-1)
        print("not printed")
    print("suppressed", buf.closed, buf.tell() == len(text))


asyncio.run(main())
