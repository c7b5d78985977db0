from functools import cmp_to_key

def largest_number(nums):
    def cmp(a, b):
        if a + b > b + a:
            return -1
        if a + b < b + a:
            return 1
        return 0
    s = "".join(sorted(map(str, nums), key=cmp_to_key(cmp)))
    return s.lstrip("0") or "0"

print(largest_number([3, 30, 34, 5, 9]))
print(largest_number([0, 0]))

def by_len_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_reverse)))
print(max(words, key=cmp_to_key(by_len_then_reverse)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(5) >= K(9))
