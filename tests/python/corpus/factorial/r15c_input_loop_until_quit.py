# asks for numbers one at a time until the user types quit
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    while True:
        answer = input("n? ").strip().lower()
        if answer in ("q", "quit", "exit"):
            print("bye")
            break
        if not answer.isdigit():
            print("please type a number")
            continue
        n = int(answer)
        print(f"{n}! = {await factorial(n)}")

asyncio.run(main())
