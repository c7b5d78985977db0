import asyncio

def parse(text):
    try:
        n = int(text)
    except ValueError:
        print(f"Error: {text!r} is not a whole number")
        return None
    if n < 0:
        print(f"Error: factorial is not defined for negative numbers ({n})")
        return None
    return n

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({n}) = {f}")

async def main():
    numbers = []
    while True:
        try:
            line = input("Number (blank to start): ")
        except EOFError:
            print()
            break
        if not line.strip():
            break
        n = parse(line.strip())
        if n is not None:
            numbers.append(n)
    print("Computing", numbers)
    await asyncio.gather(*[factorial(chr(65 + k), n) for k, n in enumerate(numbers)])

asyncio.run(main())
