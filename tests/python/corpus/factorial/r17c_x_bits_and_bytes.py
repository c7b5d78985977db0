# The factorials in binary and hex: bit lengths, trailing zero bits, bytes
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.05 * n)
    return math.factorial(n)


async def main():
    for n in (5, 10, 20):
        f = await factorial(n)
        b = bin(f)
        print(n, b, hex(f), oct(f))
        print('  bits', f.bit_length(), 'trailing zero bits', len(b) - len(b.rstrip('0')), (f & -f).bit_length() - 1)
        print('  bytes', f.to_bytes((f.bit_length() + 7) // 8, 'big'))
        print('  back', int.from_bytes(f.to_bytes(8, 'little'), 'little') == f, f'{f:_x}', f'{f:#b}'[:12])


asyncio.run(main())
