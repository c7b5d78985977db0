import asyncio

async def factorial(n):
    result = 1
    steps = []
    for i in range(n, 0, -1):
        await asyncio.sleep(0.1)
        result *= i
        steps.append(str(i))
    expansion = " × ".join(steps) if steps else "(empty product)"
    return f"{n}! = {expansion} = {result}"

async def main():
    lines = await asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6, 0]))
    width = max(map(len, lines))
    print("┌" + "─" * (width + 2) + "┐")
    for line in lines:
        print(f"│ {line:<{width}} │")
    print("└" + "─" * (width + 2) + "┘")
    print("✓ done", "→", "n!".upper(), "½".isnumeric(), "Σ", len("×"), "×".encode())

asyncio.run(main())
