# FizzBuzz with a divisor read as zero.
def label(n, div):
    return "fizz" if n % div == 0 else str(n)

for div in (3, 0):
    print([label(n, div) for n in range(1, 4)])
