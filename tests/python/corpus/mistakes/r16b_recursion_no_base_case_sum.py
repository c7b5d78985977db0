# A recursive sum without a base case
def total(n):
    return n + total(n - 1)

print(total(5))
