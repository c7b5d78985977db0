# A main(argv) with defaults when no arguments are given, exiting with sys.exit's status.
import asyncio
import sys

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r

async def calculate(numbers):
    return dict(zip(numbers, await asyncio.gather(*map(factorial, numbers))))

def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    print("argv:", argv, "name:", sys.argv[0].rsplit("/", 1)[-1])
    try:
        numbers = [int(a) for a in argv] or [5, 7, 3, 6]
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for n, v in asyncio.run(calculate(numbers)).items():
        print(f"{n:>2}! = {v}")
    return 0

if __name__ == "__main__":
    print("first:", main(["4", "x"]))
    sys.exit(main())
