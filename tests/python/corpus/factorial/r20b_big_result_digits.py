# Harness checks a huge factorial by digit count, hitting the int-to-str limit first.
import asyncio, math, sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        if i % 500 == 0:
            await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    big = await factorial(2000)
    print('matches math:', big == math.factorial(2000))
    print('bit length:', big.bit_length())
    try:
        print('digits:', len(str(big)))
    except ValueError as e:
        print('ValueError:', e)
    sys.set_int_max_str_digits(10000)
    s = str(big)
    print('digits:', len(s), 'head', s[:12], 'tail zeros', len(s) - len(s.rstrip('0')))
    print(f'{big:.3e}' if False else f'{float(str(big)[:20]):.3e}')
    try:
        float(big)
    except OverflowError as e:
        print('OverflowError:', e)

asyncio.run(main())
