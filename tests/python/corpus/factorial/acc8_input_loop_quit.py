# Keep asking until the user types q; bad input reported and skipped.
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f

while True:
    text = input("n (q to quit)? ")
    if text.strip().lower() == "q":
        print("bye")
        break
    try:
        n = int(text)
    except ValueError as e:
        print("\nnot a number:", e)
        continue
    if n < 0:
        print("\nnegative!")
        continue
    print(f"\n{n}! = {asyncio.run(factorial(n))}")
