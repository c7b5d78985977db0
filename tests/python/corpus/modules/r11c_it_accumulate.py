from itertools import accumulate
import operator

data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
print(list(accumulate(data)))
print(list(accumulate(data, max)))
print(list(accumulate(data, operator.mul)))
print(list(accumulate(data, initial=100)))
print(list(accumulate([], initial=5)))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b)))
balance = list(accumulate([100, -20, -30, 50, -75], initial=0))
print(balance, min(balance))
print(list(accumulate("abc")))
rate = 0.05
print([round(x, 2) for x in accumulate(range(5), lambda bal, _: bal * (1 + rate), initial=1000)])
