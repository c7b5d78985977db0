# Language: enumerate with start, zip of three lists, sorted with keys and reverse, strict zip.
names = ['ann', 'Bob', 'cyd', 'Dee']
scores = [72, 95, 88, 95]
ages = [31, 25, 40]
for i, (name, score) in enumerate(zip(names, scores), start=1):
    print(f'{i:>2}. {name:<5}{score:>4}')
print(list(zip(names, scores, ages)))
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=len, reverse=True))
pairs = sorted(zip(scores, names), key=lambda p: (-p[0], p[1]))
print(pairs)
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=lambda kv: kv[1]))
print(list(enumerate('abc')), dict(enumerate('xy', 10)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print(e)
