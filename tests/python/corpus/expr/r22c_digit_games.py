# digit sums, Armstrong numbers, reversing digits
def digit_sum(n):
    return sum(int(d) for d in str(abs(n)))
def reverse_num(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])
print([digit_sum(n) for n in (0, 9, 10, 99, 12345, -987, 2**64)])
print([reverse_num(n) for n in (123, -456, 1200, 0, 10**20)])
armstrong = [n for n in range(1, 10000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print(armstrong)
n = 2 ** 100
print(n, digit_sum(n), len(str(n)), str(n).count("0"), max(str(n)), sorted(set(str(n))))
print(int("".join(sorted(str(9876543210)))), int("".join(sorted("9876543210", reverse=True))))
def persistence(n):
    steps = 0
    while n >= 10:
        prod = 1
        for d in str(n):
            prod *= int(d)
        n, steps = prod, steps + 1
    return steps
print([persistence(n) for n in (4, 39, 999, 277777788888899)])
print(int(str(12.5)[::-1]), float(str(12.5)[::-1]))
print(int(str(-12)[::-1]))
