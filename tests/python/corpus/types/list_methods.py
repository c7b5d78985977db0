# The usual list methods and operations.
fruits = ['banana', 'apple']
fruits.append('cherry')
fruits.insert(0, 'date')
fruits.extend(['elder', 'fig'])
print(fruits, len(fruits))
print(fruits.pop(), fruits.pop(0), fruits)
fruits.remove('apple')
print(fruits, fruits.index('cherry'), fruits.count('banana'))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums, sorted(nums, key=lambda n: -n), nums[::-1])
copy = nums.copy()
copy.clear()
print(copy, nums, [1, 2] + [3], [0] * 3, 3 in nums, nums.index(8))
matrix = [[0] * 2] * 2
matrix[0][0] = 1
print(matrix)
stack = []
for i in range(3):
    stack.append(i)
while stack:
    print('popped', stack.pop())
people = [('bob', 25), ('ann', 30), ('cid', 25)]
people.sort(key=lambda p: p[1])
print(people)
print(list(range(5)), list('hi'), list((1, 2)), list({'k': 1}))
print([1, [2, [3]]], [None, True, 1.5, 'x'], [] == [], [1, 2] * 0)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].remove(2)
except ValueError as e:
    print('ValueError:', e)
try:
    [1].index(5)
except ValueError as e:
    print('ValueError:', e)
