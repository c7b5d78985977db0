# a scripted number guessing game using binary search
def play(secret, lo=1, hi=100):
    guesses = []
    while lo <= hi:
        mid = (lo + hi) // 2
        guesses.append(mid)
        if mid == secret:
            return guesses
        if mid < secret:
            lo = mid + 1
        else:
            hi = mid - 1
    return guesses + ["not found"]
for secret in [1, 37, 50, 64, 99, 100, 101]:
    g = play(secret)
    print(f"secret {secret:>3}: {len(g)} guesses {g}")
import math
print(math.ceil(math.log2(100)), math.ceil(math.log2(10 ** 6)), len(play(123456, 1, 10 ** 6)))
answers = ["50", " 75 ", "62.5", "sixty", ""]
for a in answers:
    try:
        print(repr(a), "->", int(a))
    except ValueError as e:
        print(repr(a), "->", e)
print((1 + 100) / 2, (1 + 100) // 2, round((1 + 100) / 2), round(50.5), round(51.5))
