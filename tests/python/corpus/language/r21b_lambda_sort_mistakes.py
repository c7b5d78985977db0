# lambda mistakes: assigning sort()'s None, calling the key, sorting dict items
nums = [3, 1, 2]
result = nums.sort()
print(result, nums)
words = ['pear', 'fig', 'banana']
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
d = {'b': 2, 'a': 3, 'c': 1}
print(sorted(d.items(), key=lambda kv: kv[1]), dict(sorted(d.items())))
print(list(filter(lambda x: x % 2, range(10))), list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(sorted(words, key=len()))
