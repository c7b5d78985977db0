# Capturing what the factorial workers print with redirect_stdout into a StringIO, then counting lines.
import asyncio
import io
from contextlib import redirect_stdout


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
        print(f"  {n}: step {i} -> {r}")
    return r


async def main():
    buf = io.StringIO()
    with redirect_stdout(buf):
        results = await asyncio.gather(factorial(3), factorial(4))
        print("inside the with block")
    captured = buf.getvalue().splitlines()
    print("results:", results)
    print("captured", len(captured), "lines; first:", captured[0].strip(), "last:", captured[-1])
    print(sorted(captured)[:3])


asyncio.run(main())
