# Checking each result with assert against a table, and an assert that fails with a message.
import asyncio

EXPECTED = {0: 1, 1: 1, 5: 120, 7: 5040, 10: 3628800}

async def factorial(n):
    r = 1
    for i in range(1, n):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def main():
    for n, want in EXPECTED.items():
        got = await factorial(n + 1) if n else 1
        assert got == want, f"{n}! should be {want}, got {got}"
        print(f"{n}! ok")
    got = await factorial(6)
    assert got == EXPECTED[6 - 1] * 6, (6, got)

asyncio.run(main())
