# Keeps asking for numbers, computes each factorial as it is entered.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    history = []
    while True:
        text = input("n (q to quit): ").strip()
        if text.lower() in ("q", "quit"):
            break
        if not text.isdigit():
            print(f"  {text!r} is not a whole number")
            continue
        n = int(text)
        value = await factorial(n)
        history.append((n, value))
        print(f"  {n}! = {value}")
    print("history:", history)
    print("largest:", max(history, key=lambda p: p[1]) if history else None)

asyncio.run(main())
