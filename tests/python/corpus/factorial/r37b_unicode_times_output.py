# Pretty output with the multiplication sign and superscripts: 5! = 5 × 4 × 3 × 2 × 1 = 120.
import asyncio

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


async def explain(n):
    await asyncio.sleep(0.01 * n)
    terms = " × ".join(str(k) for k in range(n, 0, -1)) or "1"
    value = 1
    for k in range(2, n + 1):
        value *= k
    return f"{n}! = {terms} = {value}"


async def main():
    for line in await asyncio.gather(*map(explain, [5, 0, 3])):
        print(line)
    print("10! ≈ 3.6 × 10" + "6".translate(SUP), ascii("×"), len("5 × 4"))
    print(f"{'n!':─^20}")


asyncio.run(main())
