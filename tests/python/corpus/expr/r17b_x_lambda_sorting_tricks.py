# Sorting tricks: tuples as keys, negative keys, stability across two sorts, sorted of dict items
people = [('ann', 31, 'NY'), ('bob', 25, 'LA'), ('cy', 31, 'LA'), ('dan', 25, 'NY'), ('eve', 40, 'LA')]
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_city = sorted(people, key=lambda p: p[2])
print(sorted(by_city, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[2], reverse=True)[:2])
scores = {'x': 3, 'y': 1, 'z': 3}
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])), sorted(scores, key=scores.get))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted([3, -1, -4, 2], key=abs), sorted('hello'), sorted([[2, 'b'], [1, 'z'], [2, 'a']]))
print(min(people, key=lambda p: p[1])[0], max(people, key=lambda p: (p[1], p[0]))[0])
print(sorted([1, 'a']))
