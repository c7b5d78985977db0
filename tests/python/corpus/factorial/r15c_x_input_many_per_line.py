# numbers read line by line, several per line, with a total at the end
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        await asyncio.sleep(0.001)
    return f

async def main():
    total = 0
    line_no = 0
    while True:
        try:
            line = input()
        except EOFError:
            break
        line_no += 1
        try:
            nums = [int(x) for x in line.replace(',', ' ').split()]
        except ValueError as e:
            print(f"line {line_no}: {e}")
            continue
        facts = await asyncio.gather(*map(factorial, nums))
        print(f"line {line_no}:", ", ".join(f"{n}!={f}" for n, f in zip(nums, facts)))
        total += sum(facts)
    print(f"total of everything: {total:,}")

asyncio.run(main())
