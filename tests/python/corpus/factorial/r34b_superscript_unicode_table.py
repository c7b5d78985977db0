# A pretty table with box-drawing characters and the product written with ×.
import asyncio

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.01)
    return r


async def main():
    nums = [3, 5, 6, 0]
    vals = await asyncio.gather(*map(factorial, nums))
    print("┌" + "─" * 30 + "┐")
    for n, v in zip(nums, vals):
        expansion = " × ".join(map(str, range(n, 0, -1))) or "empty product"
        print(f"│{n:>2}! = {v:<6}{expansion:>20}│")
    print("└" + "─" * 30 + "┘")
    print("10" + "6".translate(SUP), "= a million;", f"{'½':^5}|", "é".upper(), len("×"))
    print("×".encode(), ascii("5 × 4"), repr("–"))


asyncio.run(main())
