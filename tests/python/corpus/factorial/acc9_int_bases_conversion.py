# Reading numbers in other bases and printing factorials with bin/oct/hex.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r

async def main():
    inputs = ["0b101", "0o7", "0x6", "1_0", " 4 ", "-0"]
    ns = [int(s, 0) for s in inputs]
    print(ns)
    vals = await asyncio.gather(*map(factorial, ns))
    for n, v in zip(ns, vals):
        print(n, bin(v), oct(v), hex(v), bin(-v))
    print(int("ff", 16), int("z", 36), int("101", 2), int("  -12  "), int("٣"), int("0x1f", 16))
    for s, base in [("12", 2), ("0b1", 10), ("", 10), ("1__0", 10), ("9", 37), ("1.5", 10)]:
        try:
            print(int(s, base))
        except ValueError as e:
            print("ValueError:", e)
    print(int(3.99), int(-3.99), int(True), int("+7"), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
    print(format(3628800, "b").count("1"), (3628800).bit_length(), (3628800).bit_count())

asyncio.run(main())
