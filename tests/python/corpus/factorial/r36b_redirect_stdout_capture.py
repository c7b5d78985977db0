# Capture what the factorial tasks print with contextlib.redirect_stdout, then show it framed.
import asyncio
import contextlib
import io


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        r *= i
        print(f"  {n}: step {i} -> {r}")
        await asyncio.sleep(0.02 * n)
    return r


async def main():
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        results = await asyncio.gather(factorial(2), factorial(3))
        print("inside redirect:", results)
    captured = buf.getvalue().splitlines()
    print(f"captured {len(captured)} lines:")
    for line in captured:
        print("|" + line.ljust(30) + "|")


asyncio.run(main())
