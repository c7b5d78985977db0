# Dynamic programming: coin change ways and minimum coins, memoised and tabulated.
from functools import cache

coins = [1, 5, 10, 25]

@cache
def ways(amount, i=0):
    if amount == 0:
        return 1
    if amount < 0 or i == len(coins):
        return 0
    return ways(amount - coins[i], i) + ways(amount, i + 1)

def min_coins(amount, coins):
    best = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] != float("inf") else -1

for amt in [0, 1, 11, 30, 100]:
    print(amt, ways(amt), min_coins(amt, coins))
print(min_coins(6, [4, 3, 1]), min_coins(7, [2, 4]), min_coins(63, [1, 5, 10, 21, 25]))

def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            t[i+1][j+1] = t[i][j] + 1 if a[i] == b[j] else max(t[i][j+1], t[i+1][j])
    return t[-1][-1]
print(lcs("ABCBDAB", "BDCABA"), lcs("kitten", "sitting"))
