import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        if i % 500 == 0:
            await asyncio.sleep(0.1)
    return result

async def main():
    f = await factorial(1500)
    print("1500! has", len(str(f)), "digits")
    big = await factorial(2000)
    print("2000! bits:", big.bit_length())
    try:
        print(len(str(big)))
    except ValueError as e:
        print("ValueError:", e)
    sys.set_int_max_str_digits(10000)
    print("now:", len(str(big)), str(big)[:12])
    print(sys.get_int_max_str_digits())
    sys.set_int_max_str_digits(4300)
    print(f"{big}")

asyncio.run(main())
